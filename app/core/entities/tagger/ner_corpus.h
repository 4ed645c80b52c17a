#pragma once

#include "entities/tagger/ner_labels.h"

#include <QList>
#include <QString>

#include <optional>

namespace dokhae::entities {

// A sentence and one label per UTF-16 unit: what the tagger trains on and is measured against.
struct NerSentence {
    QString id; // KLUE's sentence id (…_dev_00000-wikitree: its source last), when the file gives one
    QString text;
    QList<NerLabel> labels;
};

// KLUE-NER's tsv (klue-ner-v1.1_train.tsv, _dev.tsv): one character and its tag per line, a
// blank line between sentences, lines starting with ## are comments. Tags other than PS, OG and
// LC read as Outside. A character outside the BMP becomes two units with the same label.
std::optional<QList<NerSentence>> readKlueNer(const QString &path, QString *error);
QList<NerSentence> parseKlueNer(QStringView content, QString *error);

// KLUE's inline form, as its ## lines give each sentence: <김철수:PS> 기자가 <서울:LC>에서.
// Any other kind (<3일:DT>) is kept as text, labelled Outside.
NerSentence nerSentenceFromMarkup(QStringView markup);

} // namespace dokhae::entities
