# Search building blocks that any backend calls (snippets, PostgreSQL text-search literals), part
# of dokhae_core.
target_sources(dokhae_core PRIVATE
    search/query_phrases.h search/query_phrases.cpp
    search/snippet.h search/snippet.cpp
    search/ts_literals.h search/ts_literals.cpp
)
