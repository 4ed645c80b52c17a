#include "entities/tagger/ner_trainer.h"

#include <random>

namespace dokhae::entities {

namespace {

constexpr int L = kNerLabelCount;

// Weights with the running sums the average needs: the averaged weight is w - u / c, where every
// update of d at step c also adds c·d to u (Daumé's trick: no pass over all weights per step).
class AveragedWeights
{
public:
    explicit AveragedWeights(std::size_t size) : m_weights(size, 0.0), m_steps(size, 0.0) {}
    double operator[](std::size_t i) const { return m_weights[i]; }
    void add(std::size_t i, double delta, double step)
    {
        m_weights[i] += delta;
        m_steps[i] += step * delta;
    }
    std::vector<float> averaged(double steps) const
    {
        std::vector<float> result(m_weights.size());
        for (std::size_t i = 0; i < result.size(); ++i)
            result[i] = float(m_weights[i] - m_steps[i] / steps);
        return result;
    }

private:
    std::vector<double> m_weights;
    std::vector<double> m_steps;
};

struct Example {
    std::vector<quint32> rows; // kPerPosition rows per position
    std::vector<int> gold;
};

std::size_t transitionIndex(int from, int to) // from == L: the text's start
{
    return std::size_t(from) * L + std::size_t(to);
}

} // namespace

NerModel trainNerModel(const QList<NerSentence> &sentences, const NerTrainingOptions &options,
                       const std::function<void(int, double)> &progress)
{
    constexpr int K = NerFeatures::kPerPosition;
    std::vector<Example> examples;
    examples.reserve(std::size_t(sentences.size()));
    for (const NerSentence &sentence : sentences) {
        const NerFeatures features(sentence.text);
        Example example;
        for (qsizetype i = 0; i < features.size(); ++i) {
            for (quint32 feature : features.at(i))
                example.rows.push_back(NerModel::rowOf(feature, options.tableBits));
            example.gold.push_back(int(sentence.labels.value(i, NerLabel::Outside)));
        }
        if (!example.gold.empty())
            examples.push_back(std::move(example));
    }

    AveragedWeights emissions((std::size_t(1) << options.tableBits) * L);
    AveragedWeights transitions(NerModel::kTransitionCount);
    std::mt19937 random(options.seed);
    std::vector<std::size_t> order(examples.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    double step = 1;
    std::vector<double> scores, transitionScores(NerModel::kTransitionCount);
    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
        // Fisher–Yates with the generator's raw output: std::shuffle's algorithm is the library's choice.
        for (std::size_t i = order.size(); i > 1; --i)
            std::swap(order[i - 1], order[random() % i]);
        qsizetype right = 0, total = 0;
        for (std::size_t index : order) {
            const Example &example = examples[index];
            const std::size_t n = example.gold.size();
            scores.assign(n * L, 0.0);
            for (std::size_t i = 0; i < n; ++i) {
                for (int k = 0; k < K; ++k) {
                    const std::size_t row = std::size_t(example.rows[i * K + std::size_t(k)]) * L;
                    for (int label = 0; label < L; ++label)
                        scores[i * L + std::size_t(label)] += emissions[row + std::size_t(label)];
                }
            }
            for (std::size_t t = 0; t < transitionScores.size(); ++t)
                transitionScores[t] = transitions[t];
            const QList<NerLabel> predicted = bestLabelSequence(scores, transitionScores);
            for (std::size_t i = 0; i < n; ++i) {
                const int gold = example.gold[i], guess = int(predicted.at(qsizetype(i)));
                total += 1;
                right += gold == guess;
                const int goldBefore = i == 0 ? L : example.gold[i - 1];
                const int guessBefore = i == 0 ? L : int(predicted.at(qsizetype(i) - 1));
                if (gold != guess) {
                    for (int k = 0; k < K; ++k) {
                        const std::size_t row = std::size_t(example.rows[i * K + std::size_t(k)]) * L;
                        emissions.add(row + std::size_t(gold), 1, step);
                        emissions.add(row + std::size_t(guess), -1, step);
                    }
                }
                if (gold != guess || goldBefore != guessBefore) {
                    transitions.add(transitionIndex(goldBefore, gold), 1, step);
                    transitions.add(transitionIndex(guessBefore, guess), -1, step);
                }
            }
            step += 1;
        }
        if (progress)
            progress(epoch, total ? double(right) / double(total) : 1.0);
    }
    const std::vector<float> averagedEmissions = emissions.averaged(step);
    const std::vector<float> averagedTransitions = transitions.averaged(step);
    return NerModel::fromWeights(options.tableBits, averagedEmissions, averagedTransitions);
}

} // namespace dokhae::entities
