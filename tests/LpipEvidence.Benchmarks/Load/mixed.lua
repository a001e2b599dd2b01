-- wrk script: every connection walks the same list of addresses in turn, so a run spreads its requests over
-- content pages (cached), the search page (rendered each time), the JSON search API, a briefing and its Markdown
-- export, a citation, readiness and a static stylesheet. Each status seen is counted and printed at the end.
-- Usage: wrk -t2 -c100 -d60s --timeout 10s -s mixed.lua http://127.0.0.1:24317
local paths = {
  "/",
  "/reviews",
  "/reviews/innovation",
  "/themes",
  "/themes/partnerships-and-collaboration",
  "/themes/skills-and-talent",
  "/findings/importance-of-innovation-and-technology-policies",
  "/findings/empowering-local-leaders-and-research-funding",
  "/findings/collaboration-partnerships-and-skills-development",
  "/findings/place-based-approaches-and-cluster-development",
  "/findings/evidence-based-and-experimental-policies",
  "/search?q=clusters",
  "/search?q=skills&theme=skills-and-talent",
  "/search?q=R%26D",
  "/api/search?q=innovation",
  "/api/search?q=clustr",
  "/api/search?q=local%20leaders&page=1&pageSize=5",
  "/briefing?f=place-based-approaches-and-cluster-development,evidence-based-and-experimental-policies",
  "/briefing/md?f=place-based-approaches-and-cluster-development,evidence-based-and-experimental-policies",
  "/reviews/innovation/cite.ris",
  "/health/ready",
  "/app.css",
}

local counter = 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  counter = math.random(#paths) - 1
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

-- One global per status seen ("s200"...): wrk copies numbers, not tables, between a thread and done().
function response(status, headers, body)
  local key = "s" .. status
  _G[key] = (_G[key] or 0) + 1
end

function done(summary, latency, requests)
  for status = 100, 599 do
    local total = 0
    for _, thread in ipairs(threads) do total = total + (thread:get("s" .. status) or 0) end
    if total > 0 then io.write(string.format("status %d: %d\n", status, total)) end
  end
  io.write(string.format("socket errors: connect %d, read %d, write %d, timeout %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
end
