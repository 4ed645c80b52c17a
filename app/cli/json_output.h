#pragma once

#include "article.h"
#include "store/library.h"

#include <QJsonObject>
#include <QTextStream>

namespace dokhae::cli {

// The JSON shapes of the CLI contract (README, "CLI"). Offsets, where any appear, are code points.
QJsonObject summaryToJson(const ArticleSummary &summary);
QJsonObject recordToJson(const ArticleRecord &record);
QJsonObject searchHitToJson(const store::SearchHit &hit);

// A JSON array written one element per line as each is made, so that a long one (every article of
// a library, every figure of a text) is never held in memory as JSON values and again as text.
// `indent` is put before the opening bracket's line's elements and the closing bracket.
class JsonArrayWriter {
public:
    JsonArrayWriter(QTextStream &out, QString indent = {});
    void add(const QJsonObject &element);
    void finish();  // writes the closing bracket (not followed by a line break)

private:
    QTextStream &m_out;
    QString m_indent;
    bool m_empty = true;
};

} // namespace dokhae::cli
