-- tests/load/search-queries.lua — wrk script for run.sh: search with many distinct queries, as browsers ask (br).
-- Each thread cycles through the relevance set's queries (tests/MassarDalil.Tests/Search/Relevance/queries.tsv,
-- one path a line in the file SEARCH_PATHS names), starting at its own place, so the figure is what search
-- itself costs, whatever a server keeps from one query to the next.

local threads = 0

function setup(thread)
  thread:set("start", threads * 97)
  threads = threads + 1
end

function init(args)
  paths = {}
  for line in io.lines(os.getenv("SEARCH_PATHS")) do
    paths[#paths + 1] = line
  end
  i = start % #paths
end

function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i], { ["Accept-Encoding"] = "br" })
end
