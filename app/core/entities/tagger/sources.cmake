# The statistical name tagger (persons, organizations, places), part of dokhae_core. Its model is
# trained from KLUE-NER by dokhae-train-ner (app/tools/train_ner) and is a data file, not a
# resource: a few MB read once, on the first recognition that needs it.
target_sources(dokhae_core PRIVATE
    entities/tagger/ner_labels.h entities/tagger/ner_labels.cpp
    entities/tagger/ner_features.h entities/tagger/ner_features.cpp
    entities/tagger/ner_model.h entities/tagger/ner_model.cpp
    entities/tagger/ner_corpus.h entities/tagger/ner_corpus.cpp
    entities/tagger/ner_trainer.h entities/tagger/ner_trainer.cpp
    entities/tagger/ner_evaluation.h entities/tagger/ner_evaluation.cpp
    entities/tagger/ner_tagger.h entities/tagger/ner_tagger.cpp
)
# The model is derived from KLUE-NER (CC BY-SA 4.0) and shares its license.
install(FILES "${PROJECT_SOURCE_DIR}/resources/entities/ner-model.bin"
    DESTINATION ${DOKHAE_DATA_INSTALL_DIR}/entities)
