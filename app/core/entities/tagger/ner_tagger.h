#pragma once

#include "entities/tagger/ner_model.h"

#include <QString>

#include <memory>
#include <mutex>

namespace dokhae::entities {

// Persons, organizations and places in a reading text, as a model trained on KLUE-NER sees them
// (train it with dokhae-train-ner). Each line is tagged on its own; spans are UTF-16 offsets of
// the whole text. Safe to call from several threads at once: tagging only reads the model.
class NerTagger
{
public:
    explicit NerTagger(NerModel model) : m_model(std::move(model)) {}

    // Names whose confidence reaches the model's minimum (NerModel::minConfidence), or all of
    // them with minConfidence 0.
    QList<TaggedName> tag(const QString &text) const;
    QList<TaggedName> tag(const QString &text, double minConfidence) const;

    // The bundled model, loaded on first use from the installed data folder or, running from a
    // build, the source tree (paths::bundledDataFile). nullptr when it is missing or damaged:
    // recognition then goes on with the catalog and the rules, and the reason is logged once.
    static const NerTagger *shared();

private:
    NerModel m_model;
};

// The names the model finds in one line (no line breaks), each with its confidence: the smallest
// margin (NerModel::decode) over its units. All of them, whatever the model's minimum.
QList<TaggedName> namesWithConfidence(const NerModel &model, QStringView line);

// A model file loaded at most once, on the first call to tagger(), whichever thread makes it.
class NerModelLoader
{
public:
    explicit NerModelLoader(QString path) : m_path(std::move(path)) {}
    const NerTagger *tagger() const;
    const QString &path() const { return m_path; }

private:
    QString m_path;
    mutable std::once_flag m_once;
    mutable std::unique_ptr<const NerTagger> m_tagger;
};

} // namespace dokhae::entities
