# Sources of the timeline (dated events of the articles), part of dokhae_core.
target_sources(dokhae_core PRIVATE
    timeline/event_date.h timeline/event_date.cpp
    timeline/written_date.h timeline/written_date.cpp
    timeline/relative_words.h timeline/relative_words.cpp
    timeline/date_expressions.h timeline/date_expressions.cpp
    timeline/figure_years.h timeline/figure_years.cpp
    timeline/timeline_event.h timeline/timeline_event.cpp
    timeline/library_timeline.h timeline/library_timeline.cpp
)
