#include "entities/tagger/ner_evaluation.h"

#include "entities/tagger/ner_tagger.h"

#include <algorithm>

#include <set>
#include <tuple>

namespace dokhae::entities {

double NerCounts::f1() const
{
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

NerCounts &NerCounts::operator+=(const NerCounts &other)
{
    gold += other.gold;
    predicted += other.predicted;
    correct += other.correct;
    return *this;
}

NerCounts NerEvaluation::overall() const
{
    NerCounts all = person;
    all += org;
    all += place;
    return all;
}

void NerEvaluation::add(const QList<TaggedName> &gold, const QList<TaggedName> &predicted)
{
    auto countsOf = [this](EntityType type) -> NerCounts & {
        return type == EntityType::Person ? person : type == EntityType::Place ? place : org;
    };
    std::set<std::tuple<qsizetype, qsizetype, int>> goldSpans;
    for (const TaggedName &name : gold) {
        countsOf(name.type).gold += 1;
        goldSpans.emplace(name.start, name.end, int(name.type));
    }
    for (const TaggedName &name : predicted) {
        countsOf(name.type).predicted += 1;
        if (goldSpans.count({name.start, name.end, int(name.type)}) > 0)
            countsOf(name.type).correct += 1;
    }
}

QString NerEvaluation::table() const
{
    QString out = QStringLiteral("| type | precision | recall | F1 | gold | predicted |\n|---|---:|---:|---:|---:|---:|\n");
    auto row = [&out](const QString &name, const NerCounts &counts) {
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                   .arg(name)
                   .arg(100 * counts.precision(), 0, 'f', 1)
                   .arg(100 * counts.recall(), 0, 'f', 1)
                   .arg(100 * counts.f1(), 0, 'f', 1)
                   .arg(counts.gold)
                   .arg(counts.predicted);
    };
    row(QStringLiteral("PS (person)"), person);
    row(QStringLiteral("OG (organization)"), org);
    row(QStringLiteral("LC (place)"), place);
    row(QStringLiteral("all (micro)"), overall());
    return out;
}

NerEvaluation evaluateNerModel(const NerModel &model, const QList<NerSentence> &sentences, double minConfidence)
{
    NerEvaluation evaluation;
    for (const NerSentence &sentence : sentences) {
        QList<TaggedName> predicted = namesWithConfidence(model, sentence.text);
        predicted.removeIf([minConfidence](const TaggedName &name) { return name.confidence < minConfidence; });
        evaluation.add(namesFromLabels(sentence.labels), predicted);
    }
    return evaluation;
}

double confidenceForPrecision(const NerModel &model, const QList<NerSentence> &sentences, double targetPrecision)
{
    std::vector<std::pair<double, bool>> names; // confidence, right
    for (const NerSentence &sentence : sentences) {
        const QList<TaggedName> gold = namesFromLabels(sentence.labels);
        for (const TaggedName &name : namesWithConfidence(model, sentence.text)) {
            const bool right = std::any_of(gold.cbegin(), gold.cend(), [&](const TaggedName &g) {
                return g.start == name.start && g.end == name.end && g.type == name.type;
            });
            names.emplace_back(name.confidence, right);
        }
    }
    std::sort(names.begin(), names.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    double threshold = names.empty() ? 0.0 : names.front().first;
    qsizetype right = 0;
    for (std::size_t i = 0; i < names.size(); ++i) {
        right += names[i].second;
        const bool lastOfItsConfidence = i + 1 == names.size() || names[i + 1].first < names[i].first;
        if (lastOfItsConfidence && double(right) / double(i + 1) >= targetPrecision)
            threshold = names[i].first;
    }
    return names.empty() || double(right) / double(names.size()) >= targetPrecision ? 0.0 : threshold;
}

} // namespace dokhae::entities
