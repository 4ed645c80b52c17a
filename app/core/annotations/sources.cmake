# Annotations: the record, anchoring passages in changed texts, and the exchange formats; part of dokhae_core.
target_sources(dokhae_core PRIVATE
    annotations/annotation.h annotations/annotation.cpp
    annotations/annotation_settings.h annotations/annotation_settings.cpp
    annotations/approximate_match.h annotations/approximate_match.cpp
    annotations/anchoring.h annotations/anchoring.cpp annotations/banded_alignment.h
    annotations/annotation_exchange.h annotations/annotation_jsonld.cpp
    annotations/annotation_jsonld_reader.cpp annotations/annotation_text_formats.cpp
)
