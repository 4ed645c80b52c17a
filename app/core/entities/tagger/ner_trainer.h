#pragma once

#include "entities/tagger/ner_corpus.h"
#include "entities/tagger/ner_model.h"

#include <functional>

namespace dokhae::entities {

struct NerTrainingOptions {
    int epochs = 10;
    int tableBits = 19;     // 2^19 feature rows
    quint32 seed = 20250611; // the order sentences are visited in each epoch
};

// An averaged structured perceptron (Collins 2002): each sentence is decoded with the current
// weights; where the best sequence differs from the gold one, the gold path's features gain and
// the predicted path's lose one; the model is the average of the weights over every step, which
// keeps the last sentences from dominating. Deterministic for given sentences and options.
// progress(epoch, share of units labelled right in that epoch) after each epoch.
NerModel trainNerModel(const QList<NerSentence> &sentences, const NerTrainingOptions &options,
                       const std::function<void(int, double)> &progress = {});

} // namespace dokhae::entities
