#pragma once

#include "entities/tagger/ner_corpus.h"
#include "entities/tagger/ner_model.h"

#include <QString>

namespace dokhae::entities {

// Entity-level scores as CoNLL counts them: a name is right only with its exact span and type.
struct NerCounts {
    qsizetype gold = 0;
    qsizetype predicted = 0;
    qsizetype correct = 0;

    double precision() const { return predicted ? double(correct) / double(predicted) : 0.0; }
    double recall() const { return gold ? double(correct) / double(gold) : 0.0; }
    double f1() const;
    NerCounts &operator+=(const NerCounts &other);
};

struct NerEvaluation {
    NerCounts person, org, place;

    NerCounts overall() const; // micro: the three types' counts summed
    void add(const QList<TaggedName> &gold, const QList<TaggedName> &predicted);
    // A Markdown table: type, precision, recall, F1, gold and predicted counts.
    QString table() const;
};

// The model's scores on annotated sentences, counting the names of at least that confidence.
NerEvaluation evaluateNerModel(const NerModel &model, const QList<NerSentence> &sentences, double minConfidence = 0);

// The lowest confidence at which the model's names on these sentences are right at least
// targetPrecision of the time (all types together): the most names for that precision. 0 when
// every name together already is; the highest confidence seen when no threshold reaches it.
double confidenceForPrecision(const NerModel &model, const QList<NerSentence> &sentences, double targetPrecision);

} // namespace dokhae::entities
