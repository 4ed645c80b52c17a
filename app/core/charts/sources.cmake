# Sources of the chart specs (plain data, no drawing), part of dokhae_core.
target_sources(dokhae_core PRIVATE
    charts/chart_spec.h charts/chart_spec.cpp
    charts/chart_csv.h charts/chart_csv.cpp
)
