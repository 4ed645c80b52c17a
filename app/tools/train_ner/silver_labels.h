#pragma once

#include "entities/tagger/ner_corpus.h"

#include <QHash>
#include <QString>

#include <optional>

namespace dokhae::tools {

// Labels for sentences whose annotation is not at hand, rebuilt from how often each surface form
// was annotated in them. KLUE-NER's train file (21,008 sentences) could not be obtained, but its
// raw sentences and a table of every annotated form with its count in them could (the konec
// corpus re-annotates KLUE's sentences with a finer tagset and publishes both, CC BY-SA 4.0).
// A form annotated in most of the places it stands at the start of a word is labelled wherever
// it does; measured on KLUE's dev file against its real labels, this gives names at 78–79%
// precision and 72–75% recall, so these sentences train the tagger alongside real ones but are
// never used to measure it or to choose its threshold.

// How often a form was annotated as a person, an organization, a place, or anything else (a
// date, a quantity, a work: such forms are not names but still keep a shorter name out of them).
struct AnnotatedForm {
    int person = 0, organization = 0, place = 0, other = 0;
};
using AnnotatedForms = QHash<QString, AnnotatedForm>;

// konec's docs/stat/ne_form_label_freq.tsv: a header, then form, label (PS_NAME, OGG_MEDIA,
// LCP_CITY, …), and counts; `countColumn` names the column to read (train_freq). Labels starting
// PS_ are persons, OG organizations, LC places.
std::optional<AnnotatedForms> readAnnotatedForms(const QString &path, const QString &countColumn, QString *error);

// Sentences of `rawPath` (one "id<TAB>text" per line) labelled from `forms`: at each start of a
// word, the longest form whose commonest annotation covers at least `threshold` of its
// occurrences at a word start in these sentences.
std::optional<QList<entities::NerSentence>> silverSentences(const QString &rawPath, const AnnotatedForms &forms,
                                                             double threshold, QString *error);

} // namespace dokhae::tools
