-- GET of BENCH_PATH (an organization by id, or a list page), authenticated.
dofile(os.getenv("BENCH_WRK_DIR") .. "/report.lua")
wrk.method = "GET"
wrk.path = os.getenv("BENCH_PATH")
