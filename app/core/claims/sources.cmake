# Sources of the claims across sources (the same figure as different articles quote it), part of
# dokhae_core.
target_sources(dokhae_core PRIVATE
    claims/claim.h claims/claim.cpp
    claims/subject_names.h claims/subject_names.cpp
    claims/article_claims.h claims/article_claims.cpp
    claims/monthly_rates.h claims/monthly_rates.cpp
    claims/claim_flags.h claims/claim_flags.cpp
    claims/claim_collector.h claims/claim_collector.cpp
    claims/claim_filter.h claims/claim_filter.cpp
    claims/library_claims.h claims/library_claims.cpp
    claims/claim_chart.h claims/claim_chart.cpp
)
