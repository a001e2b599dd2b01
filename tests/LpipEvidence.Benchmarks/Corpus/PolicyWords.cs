namespace LpipEvidence.Benchmarks.Corpus;

/// <summary>
/// The vocabulary of the synthetic corpus: UK local and regional policy words, expanded with plurals and verb
/// forms into a few thousand distinct words, in a fixed order. The first words are the ones a review of place-based
/// policy uses most; the rest are shuffled with the corpus seed, so each word's Zipf rank is deterministic.
/// </summary>
public static class PolicyWords
{
    // Most used first: these take the top Zipf ranks in this order.
    private const string Core = """
        innovation local policy research evidence regional economic growth development skills partnership funding
        government business place community national support investment programme authority public sector
        strategy productivity employment university council economy delivery outcome infrastructure capacity
        """;

    private const string Nouns = """
        accountability acquisition administration agency agglomeration agreement allocation ambition analysis
        apprenticeship approach area asset assessment audit autonomy award balance bank barrier baseline benefit
        bid board boundary budget campus capability capital career catalyst centre challenge charity citizen
        city cluster coalition cohesion collaboration college commercialisation commission commitment company
        competition competitiveness complexity component concentration condition connectivity consortium
        constraint consultation context contract contribution coordination corporation corridor cost county
        criterion culture curriculum customer deal debt decision deficit demand democracy department deprivation
        design destination devolution digitalisation director disparity district diversification diversity
        driver ecosystem education effect efficiency emission employer endowment energy engagement engineering
        enterprise entrepreneur entrepreneurship environment equity estate evaluation exchange exemplar
        expenditure experiment expertise export facility factor finance firm flexibility forum framework
        frontier fund gap generation geography governance grant graduate guidance habitat hardship health
        heritage household housing hub impact implementation incentive income indicator industry inequality
        inflation influence initiative input insight institution instrument integration intensity intermediary
        intervention inventor investor job knowledge labour landscape leader leadership learning legislation
        lever levy licence lifecycle literacy livelihood loan location logistics machinery manager manufacturing
        market mayor measure mechanism metric migration milestone mission mobility model momentum monitoring
        neighbourhood network niche objective obstacle occupation office officer opportunity organisation
        output ownership panel parliament participant participation pathway patent performance pilot pipeline
        planning platform portfolio population port potential poverty practice precinct premium pressure
        principle priority process procurement producer product profile profit progression project prosperity
        provider provision qualification quality rate ratio readiness reform region regulation relationship
        reliance remit renewal report reputation requirement resident resilience resource responsibility
        retention return revenue review risk road role rollout scale scheme school science scrutiny sector
        security service settlement share shortage site society specialisation sponsor stakeholder standard
        start-up statistic status stewardship stimulus strength structure student subsidy success supplier
        supply sustainability system talent target tax teacher technician technology tender tension territory
        theme threshold tool town trade tradition training trajectory transformation transition transparency
        transport trend trust uncertainty unit uptake user utility valuation value vehicle venture viability
        village vision voice voucher wage wealth welfare wellbeing worker workforce workplace workspace
        accelerator adoption advocacy affordability aftercare agenda allowance ambassador anchor apprentice
        archive aspiration assembly benchmark blueprint borough broadband brokerage bureaucracy cabinet cap
        certificate charter checklist clinic cohort commissioner commuter compact competence compliance
        contractor convenor cooperative covenant credit crisis dashboard dataset decarbonisation default
        deliverable demonstrator deployment depot diagnostic dialogue diaspora dividend doctrine donor
        dynamism earnings electorate eligibility endorsement enquiry entrant equilibrium ethos exclusion
        exhibition expansion facilitator fellowship fiscal footprint foresight franchise freeport gateway
        gigabit grassroots guarantee heatmap hinterland incubator inclusion informatics inquiry inspection
        intellectual internship inventory laboratory landlord lease legacy liaison lobby manifesto marketplace
        mentor mentoring merger microbusiness ministry modelling moratorium multiplier narrative negotiation
        obligation offshoring oversight pandemic paradigm parity pension placement plan pledge polarisation
        portal precedent prototype proximity quango quota rationale recession reconfiguration recovery
        redevelopment referendum regeneration registry reinvestment remuneration repository reskilling
        retrofit revitalisation roadmap salary sandbox scholarship secondment segment seminar shareholder
        simulation slowdown spillover spinout startup steering subsidiary successor summit surplus survey
        taxonomy testbed threshold timetable toolkit tourism traineeship treasury tribunal tuition turnover
        upskilling vacancy vendor visitor vocation waterfront wholesale worklessness yardstick zone
        """;

    private const string Verbs = """
        accelerate address align allocate amplify anchor attract benchmark boost broker build co-design
        collaborate combine commission connect consolidate coordinate deliver deploy design develop devolve
        diversify embed empower enable encourage engage enhance ensure establish evaluate expand facilitate
        finance foster fund govern harness identify implement improve incentivise inform integrate invest
        leverage maximise measure mobilise monitor nurture optimise pilot plan prioritise promote prototype
        recruit regenerate reinforce replicate retain scale shape share simplify stimulate strengthen support
        sustain tailor target test train transform translate underpin unlock upgrade convene mentor
        commercialise decarbonise digitise localise modernise rebalance reskill upskill safeguard spearhead
        streamline champion incubate procure audit scrutinise forecast trial map survey
        """;

    private const string Adjectives = """
        effective inclusive sustainable regional local national civic collaborative competitive digital
        economic entrepreneurial evidence-based experimental fiscal green industrial innovative institutional
        interconnected long-term low-carbon metropolitan multi-actor operational place-based productive
        rural scalable short-term social spatial strategic structural technical territorial urban vocational
        agile ambitious anchor applied bespoke coastal comparative comprehensive cross-sector cumulative
        deprived disadvantaged distinctive domestic dynamic emerging equitable flexible formal fragmented
        high-growth high-skilled holistic independent informal integrated international knowledge-intensive
        left-behind marginal mature modest multi-level neighbouring novel peripheral persistent pragmatic
        proactive proportionate resilient robust sectoral selective smart statutory systemic targeted
        transparent underused universal value-added voluntary well-connected world-class additional annual
        broad central coherent collective commercial common complex constrained consistent core credible
        critical cultural diverse early explicit external fair frontline granular hybrid implicit indirect
        interim joint lasting measurable mixed mutual narrow open overarching partial phased pooled
        preventative primary private quantitative qualitative rapid relevant responsive secondary shared
        significant specialist stable timely tradeable unequal viable visible wider
        """;

    private const string Places = """
        Birmingham Manchester Leeds Sheffield Bristol Liverpool Newcastle Nottingham Leicester Coventry
        Bradford Cardiff Swansea Glasgow Edinburgh Aberdeen Dundee Belfast Derry Plymouth Exeter Southampton
        Portsmouth Brighton Norwich Ipswich Cambridge Oxford Reading Swindon Gloucester Worcester Hereford
        Shrewsbury Stoke Wolverhampton Walsall Dudley Sandwell Solihull Warwick Northampton Peterborough
        Lincoln Hull Grimsby York Harrogate Middlesbrough Sunderland Durham Carlisle Lancaster Preston
        Blackpool Blackburn Burnley Bolton Wigan Oldham Rochdale Stockport Salford Warrington Chester
        Wrexham Bangor Aberystwyth Newport Merthyr Inverness Stirling Perth Falkirk Lisburn Newry Truro
        Barnstaple Taunton Bath Salisbury Bournemouth Poole Dorchester Winchester Guildford Maidstone
        Canterbury Dover Hastings Chelmsford Colchester Southend Luton Bedford Milton Keynes Watford Stevenage
        Harlow Basildon Slough Crawley Medway Thurrock Derby Mansfield Chesterfield Doncaster Rotherham
        Barnsley Wakefield Huddersfield Halifax Calderdale Kirklees Tameside Trafford Wirral Knowsley Sefton
        Halton Cheshire Cumbria Northumberland Teesside Tyneside Humber Lincolnshire Norfolk Suffolk Essex
        Kent Sussex Surrey Hampshire Dorset Devon Cornwall Somerset Wiltshire Gloucestershire Herefordshire
        Shropshire Staffordshire Warwickshire Leicestershire Nottinghamshire Derbyshire Yorkshire Lancashire
        Merseyside Midlands Pennines Cotswolds Fens Solent Severn Thames Clyde Tees Tyne Mersey Humberside
        """;

    private static readonly string[] Function =
    [
        "the", "of", "and", "to", "in", "a", "for", "with", "on", "by", "that", "is", "are", "can", "as", "from",
        "their", "this", "more", "across", "between", "within", "which", "through", "where", "while", "be", "has",
        "have", "its", "also", "into", "such", "than", "both", "most", "may", "not", "other", "these",
    ];

    /// <summary>Glue words for sentences (not drawn by Zipf rank).</summary>
    public static IReadOnlyList<string> FunctionWords => Function;

    /// <summary>All content words, most frequent first: the core words, then the rest shuffled with <paramref name="seed"/>.</summary>
    public static IReadOnlyList<string> Ranked(int seed)
    {
        var core = Split(Core);
        var rest = new List<string>();
        foreach (var noun in Split(Nouns))
        {
            rest.Add(noun);
            rest.Add(Plural(noun));
        }
        foreach (var verb in Split(Verbs))
        {
            rest.Add(verb);
            rest.Add(Plural(verb));
            rest.Add(Past(verb));
            rest.Add(Ing(verb));
        }
        rest.AddRange(Split(Adjectives));
        rest.AddRange(Split(Places));
        // Plurals of the core words are common too, but not top-ranked.
        rest.AddRange(core.Select(Plural));

        var seen = new HashSet<string>(core, StringComparer.Ordinal);
        var unique = rest.Where(seen.Add).ToList();
        var random = new Random(seed);
        for (var i = unique.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (unique[i], unique[j]) = (unique[j], unique[i]);
        }
        return [.. core, .. unique];
    }

    private static string[] Split(string text) =>
        text.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Plural(string word) =>
        word.EndsWith('y') && !"aeiou".Contains(word[^2], StringComparison.Ordinal) ? word[..^1] + "ies"
        : word.EndsWith('s') || word.EndsWith('x') || word.EndsWith("sh", StringComparison.Ordinal) || word.EndsWith("ch", StringComparison.Ordinal) ? word + "es"
        : word + "s";

    private static string Past(string word) =>
        word.EndsWith('e') ? word + "d"
        : word.EndsWith('y') && !"aeiou".Contains(word[^2], StringComparison.Ordinal) ? word[..^1] + "ied"
        : word + "ed";

    private static string Ing(string word) =>
        word.EndsWith('e') && !word.EndsWith("ee", StringComparison.Ordinal) ? word[..^1] + "ing" : word + "ing";
}
