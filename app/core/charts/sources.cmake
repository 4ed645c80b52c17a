# Sources of the chart specs (plain data, no drawing), part of dokhae_core.
target_sources(dokhae_core PRIVATE
    charts/chart_spec.h charts/chart_spec.cpp
    charts/chart_csv.h charts/chart_csv.cpp
    charts/chart_caption.h charts/chart_caption.cpp
    charts/chart_json.h charts/chart_json.cpp
    charts/chart_labels.h charts/chart_labels.cpp
    charts/chart_shape.h charts/chart_shape.cpp
    charts/chart_grouping.h charts/chart_grouping.cpp
    charts/chart_suggester.h charts/chart_suggester.cpp
)
# The measure glossary (chart titles in English), embedded as the entity catalog is.
qt_add_resources(dokhae_core "measure_glossary"
    PREFIX "/charts"
    BASE "${PROJECT_SOURCE_DIR}/resources/charts"
    FILES "${PROJECT_SOURCE_DIR}/resources/charts/measure_glossary.tsv")
