#pragma once

#include "entities/tagger/ner_features.h"
#include "entities/tagger/ner_labels.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <span>
#include <vector>

namespace dokhae::entities {

// The best label sequence under per-position label scores (n × kNerLabelCount, row-major) and
// label-to-label transition scores ((kNerLabelCount + 1) × kNerLabelCount, the last row from the
// text's start), found by Viterbi. Sequences BIO forbids (an Inside after Outside or after another
// type) are never chosen. Training and tagging both decode through this.
// outsideGaps, when given, gets per position how much better the best sequence scores than the
// best one that labels that position Outside (0 where the best says Outside): a name's margin.
QList<NerLabel> bestLabelSequence(std::span<const double> emissions, std::span<const double> transitions,
                                  std::vector<double> *outsideGaps = nullptr);
bool isAllowedTransition(std::optional<NerLabel> from, NerLabel to); // nullopt: the text's start

// A trained name tagger's weights: one row of label weights per hashed feature (2^tableBits rows,
// so the size is fixed whatever the corpus), and the transitions; quantized to 16 bits.
//
// File: "DOKHAENER" + SHA-256 of the rest + the rest, zlib-compressed: format version, the
// NerFeatures version, label count, table bits, quantization scale, minimum confidence,
// transitions, rows. A file that fails any check is
// refused whole; there is no partial model.
class NerModel
{
public:
    static constexpr quint32 kFormatVersion = 1;
    static constexpr int kTransitionCount = (kNerLabelCount + 1) * kNerLabelCount;

    // Quantizes float weights (rows × kNerLabelCount emissions, kTransitionCount transitions).
    static NerModel fromWeights(int tableBits, std::span<const float> emissions, std::span<const float> transitions);

    int tableBits() const { return m_tableBits; }
    static quint32 rowOf(quint32 feature, int tableBits) { return feature & ((1u << tableBits) - 1); }

    // outsideGaps as bestLabelSequence gives them, in the trained weights' units.
    QList<NerLabel> decode(const NerFeatures &features, std::vector<double> *outsideGaps = nullptr) const;

    // The margin below which a name is not reported: chosen by the trainer on sentences held back
    // from training, for the precision the recognizer needs (0: every name).
    double minConfidence() const { return m_minConfidence; }
    void setMinConfidence(double margin) { m_minConfidence = margin; }

    QByteArray toBytes() const;
    static std::optional<NerModel> fromBytes(const QByteArray &bytes, QString *error);
    bool save(const QString &path, QString *error) const;
    static std::optional<NerModel> load(const QString &path, QString *error);

private:
    NerModel() = default;

    int m_tableBits = 0;
    double m_scale = 1;         // quantized = weight × scale
    double m_minConfidence = 0;
    std::vector<qint16> m_emissions;   // rows × kNerLabelCount
    std::vector<qint16> m_transitions; // kTransitionCount
};

} // namespace dokhae::entities
