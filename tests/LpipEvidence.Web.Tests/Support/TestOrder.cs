[assembly: Xunit.TestCollectionOrderer(LpipEvidence.Tests.Support.LongRunningFirst.TypeName, "LpipEvidence.Web.Tests")]
