// CStartup has nothing to call: its one job is a constructor that runs before Swift's runtime starts
// (startup.c). This header exists because a C target needs a public header directory.
