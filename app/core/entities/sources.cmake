# Sources of the entity engine (catalog, discovery, mentions), part of dokhae_core.
target_sources(dokhae_core PRIVATE
    entities/entity.h entities/entity.cpp
    entities/name_key.h entities/name_key.cpp
    entities/korean_particles.h entities/korean_particles.cpp
    entities/text_words.h entities/text_words.cpp
    entities/entity_catalog.h entities/entity_catalog.cpp
    entities/name_matcher.h entities/name_matcher.cpp
    entities/covered_spans.h entities/covered_spans.cpp
    entities/discovery_lexicon.h entities/discovery_lexicon.cpp
    entities/discovery_rules.h
    entities/discovery_parentheses.cpp
    entities/discovery_quotes.cpp
    entities/discovery_context.cpp
    entities/entity_discovery.h entities/entity_discovery.cpp
    entities/entity_recognizer.h entities/entity_recognizer.cpp
)
# The bundled catalog, embedded so that core (and every test linked to it) can open
# ":/entities/catalog.tsv" without an install.
qt_add_resources(dokhae_core "entity_catalog"
    PREFIX "/entities"
    BASE "${PROJECT_SOURCE_DIR}/resources/entities"
    FILES "${PROJECT_SOURCE_DIR}/resources/entities/catalog.tsv")
