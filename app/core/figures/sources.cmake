# Sources of the figures engine (Korean quantities), part of dokhae_core.
target_sources(dokhae_core PRIVATE
    figures/quantity.h figures/quantity.cpp
    figures/exact_decimal.h figures/exact_decimal.cpp
    figures/numeral_lexicon.h figures/numeral_lexicon.cpp
    figures/numeral_reader.h figures/numeral_reader.cpp
    figures/amount_reader.h figures/amount_reader.cpp
    figures/unit_lexicon.h figures/unit_lexicon.cpp
    figures/currency_lexicon.h figures/currency_lexicon.cpp
    figures/qualifiers.h figures/qualifiers.cpp
    figures/quantity_grammar.h figures/quantity_grammar.cpp
    figures/quantity_parser.h figures/quantity_parser.cpp
    figures/figure.h figures/figure_internal.h
    figures/figure_extractor.cpp figures/figure_dates.cpp figures/figure_context.cpp
    figures/figure_words.h figures/figure_words.cpp figures/figure_text.h figures/figure_text.cpp
    figures/figure_names.h figures/figure_names.cpp figures/figure_coordination.h figures/figure_coordination.cpp
    figures/figure_subject.h figures/figure_subject.cpp figures/figure_measure.h figures/figure_measure.cpp
    figures/figure_conversions.cpp figures/figure_display.cpp
)
