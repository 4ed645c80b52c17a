#pragma once

#include <QList>
#include <QStringView>

namespace dokhae::text {

struct SentenceSpan {
    qsizetype start = 0;
    qsizetype end = 0;  // exclusive; includes the sentence's punctuation and closing quotes
    bool startsParagraph = false;
};

// Sentences end at a line break, or at . ? ! 。 followed by a space, a closing quote or the end.
// A decimal point (4.5) or an abbreviation glued to what follows (No.1) does not end one. Spans
// are in order, never empty, and the spaces between sentences belong to the next one.
QList<SentenceSpan> sentenceSpans(QStringView text);

} // namespace dokhae::text
