#include "entities/tagger/ner_model.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QFile>
#include <QSaveFile>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <limits>

namespace dokhae::entities {

namespace {

const QByteArray kMagic = QByteArrayLiteral("DOKHAENER");
constexpr int kHashSize = 32;
constexpr int kMinTableBits = 8;
constexpr int kMaxTableBits = 24;

bool isInside(NerLabel label)
{
    return label == NerLabel::InsidePerson || label == NerLabel::InsideOrg || label == NerLabel::InsidePlace;
}

// isAllowedTransition for every pair, asked 49 times per unit by each pass of the decoder.
struct TransitionTable {
    bool allowed[kNerLabelCount + 1][kNerLabelCount] = {};
    TransitionTable()
    {
        for (int to = 0; to < kNerLabelCount; ++to) {
            allowed[kNerLabelCount][to] = isAllowedTransition(std::nullopt, NerLabel(to));
            for (int from = 0; from < kNerLabelCount; ++from)
                allowed[from][to] = isAllowedTransition(NerLabel(from), NerLabel(to));
        }
    }
};

} // namespace

bool isAllowedTransition(std::optional<NerLabel> from, NerLabel to)
{
    if (!isInside(to))
        return true;
    return from && *from != NerLabel::Outside && nerLabelType(*from) == nerLabelType(to);
}

QList<NerLabel> bestLabelSequence(std::span<const double> emissions, std::span<const double> transitions,
                                  std::vector<double> *outsideGaps)
{
    constexpr int L = kNerLabelCount;
    const qsizetype n = qsizetype(emissions.size() / L);
    if (n == 0)
        return {};
    constexpr double kForbidden = -std::numeric_limits<double>::infinity();
    static const TransitionTable table;
    std::vector<double> score(std::size_t(n) * L, kForbidden);
    std::vector<quint8> back(std::size_t(n) * L, 0);
    for (int to = 0; to < L; ++to) {
        if (table.allowed[L][to])
            score[to] = transitions[std::size_t(L) * L + to] + emissions[to];
    }
    for (qsizetype i = 1; i < n; ++i) {
        for (int to = 0; to < L; ++to) {
            double best = kForbidden;
            int bestFrom = 0;
            for (int from = 0; from < L; ++from) {
                if (!table.allowed[from][to])
                    continue;
                const double candidate = score[std::size_t(i - 1) * L + from] + transitions[std::size_t(from) * L + to];
                if (candidate > best) {
                    best = candidate;
                    bestFrom = from;
                }
            }
            score[std::size_t(i) * L + to] = best + emissions[std::size_t(i) * L + to];
            back[std::size_t(i) * L + to] = quint8(bestFrom);
        }
    }
    QList<NerLabel> labels(n);
    const auto last = score.cbegin() + (n - 1) * L;
    int label = int(std::max_element(last, last + L) - last);
    const double best = *(last + label);
    for (qsizetype i = n - 1; i >= 0; --i) {
        labels[i] = NerLabel(label);
        label = back[std::size_t(i) * L + label];
    }
    if (outsideGaps) {
        // The best score from Outside at i to the end; with the forward score, the best sequence
        // through Outside at i (max-marginals).
        constexpr int O = int(NerLabel::Outside);
        std::vector<double> after(std::size_t(n) * L, 0.0);
        for (qsizetype i = n - 2; i >= 0; --i) {
            for (int from = 0; from < L; ++from) {
                double bestNext = kForbidden;
                for (int to = 0; to < L; ++to) {
                    if (table.allowed[from][to])
                        bestNext = std::max(bestNext, transitions[std::size_t(from) * L + to]
                                                          + emissions[std::size_t(i + 1) * L + to]
                                                          + after[std::size_t(i + 1) * L + to]);
                }
                after[std::size_t(i) * L + from] = bestNext;
            }
        }
        outsideGaps->assign(std::size_t(n), 0.0);
        for (qsizetype i = 0; i < n; ++i)
            (*outsideGaps)[std::size_t(i)] = best - (score[std::size_t(i) * L + O] + after[std::size_t(i) * L + O]);
    }
    return labels;
}

NerModel NerModel::fromWeights(int tableBits, std::span<const float> emissions, std::span<const float> transitions)
{
    float largest = 0;
    for (float w : emissions)
        largest = std::max(largest, std::abs(w));
    for (float w : transitions)
        largest = std::max(largest, std::abs(w));
    // Decoding compares sums, so any common scale gives the same labels; this one uses 16 bits.
    const float scale = largest > 0 ? 32767.0f / largest : 1.0f;
    auto quantize = [scale](float w) { return qint16(std::lround(w * scale)); };
    NerModel model;
    model.m_tableBits = tableBits;
    model.m_scale = scale;
    model.m_emissions.resize(emissions.size());
    std::transform(emissions.begin(), emissions.end(), model.m_emissions.begin(), quantize);
    model.m_transitions.resize(transitions.size());
    std::transform(transitions.begin(), transitions.end(), model.m_transitions.begin(), quantize);
    return model;
}

QList<NerLabel> NerModel::decode(const NerFeatures &features, std::vector<double> *outsideGaps) const
{
    constexpr int L = kNerLabelCount;
    std::vector<double> emissions(std::size_t(features.size()) * L, 0.0);
    for (qsizetype i = 0; i < features.size(); ++i) {
        qint32 sums[L] = {};
        for (quint32 feature : features.at(i)) {
            const qint16 *row = m_emissions.data() + std::size_t(rowOf(feature, m_tableBits)) * L;
            for (int label = 0; label < L; ++label)
                sums[label] += row[label];
        }
        std::copy(sums, sums + L, emissions.begin() + i * L);
    }
    const std::vector<double> transitions(m_transitions.cbegin(), m_transitions.cend());
    const QList<NerLabel> labels = bestLabelSequence(emissions, transitions, outsideGaps);
    if (outsideGaps) {
        for (double &gap : *outsideGaps)
            gap /= m_scale;
    }
    return labels;
}

static QByteArray littleEndianBytes(const std::vector<qint16> &values)
{
    QByteArray bytes(qsizetype(values.size() * sizeof(qint16)), Qt::Uninitialized);
    qToLittleEndian<qint16>(values.data(), qsizetype(values.size()), bytes.data());
    return bytes;
}

QByteArray NerModel::toBytes() const
{
    QByteArray body;
    {
        QDataStream out(&body, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << kFormatVersion << NerFeatures::kVersion << quint32(kNerLabelCount) << quint32(m_tableBits);
        out << m_scale << m_minConfidence;
        out << littleEndianBytes(m_transitions) << littleEndianBytes(m_emissions);
    }
    const QByteArray compressed = qCompress(body, 9);
    return kMagic + QCryptographicHash::hash(compressed, QCryptographicHash::Sha256) + compressed;
}

std::optional<NerModel> NerModel::fromBytes(const QByteArray &bytes, QString *error)
{
    auto refuse = [error](const QString &why) -> std::optional<NerModel> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!bytes.startsWith(kMagic))
        return refuse(QStringLiteral("not a name tagger model"));
    const QByteArray compressed = bytes.mid(kMagic.size() + kHashSize);
    if (bytes.size() < kMagic.size() + kHashSize
        || bytes.mid(kMagic.size(), kHashSize) != QCryptographicHash::hash(compressed, QCryptographicHash::Sha256))
        return refuse(QStringLiteral("damaged (checksum mismatch)"));
    const QByteArray body = qUncompress(compressed);
    QDataStream in(body);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 format = 0, featureVersion = 0, labels = 0, tableBits = 0;
    in >> format >> featureVersion >> labels >> tableBits;
    if (in.status() != QDataStream::Ok || format != kFormatVersion)
        return refuse(QStringLiteral("unknown model format %1").arg(format));
    if (featureVersion != NerFeatures::kVersion || labels != quint32(kNerLabelCount))
        return refuse(QStringLiteral("made for another feature set (%1) or label set (%2)").arg(featureVersion).arg(labels));
    if (tableBits < kMinTableBits || tableBits > kMaxTableBits)
        return refuse(QStringLiteral("table size out of range (%1 bits)").arg(tableBits));
    double scale = 0, minConfidence = 0;
    QByteArray transitions, emissions;
    in >> scale >> minConfidence >> transitions >> emissions;
    const qsizetype rows = qsizetype(1) << tableBits;
    if (in.status() != QDataStream::Ok || !in.atEnd()
        || transitions.size() != qsizetype(kTransitionCount * sizeof(qint16))
        || emissions.size() != qsizetype(rows * kNerLabelCount * sizeof(qint16)) || !(scale > 0))
        return refuse(QStringLiteral("truncated or inconsistent"));
    NerModel model;
    model.m_tableBits = int(tableBits);
    model.m_scale = scale;
    model.m_minConfidence = minConfidence;
    model.m_transitions.resize(kTransitionCount);
    qFromLittleEndian<qint16>(transitions.constData(), kTransitionCount, model.m_transitions.data());
    model.m_emissions.resize(std::size_t(rows) * kNerLabelCount);
    qFromLittleEndian<qint16>(emissions.constData(), rows * kNerLabelCount, model.m_emissions.data());
    return model;
}

bool NerModel::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toBytes()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

std::optional<NerModel> NerModel::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return std::nullopt;
    }
    return fromBytes(file.readAll(), error);
}

} // namespace dokhae::entities
