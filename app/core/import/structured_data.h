#pragma once

#include <QString>
#include <QStringList>

// What a saved page states about its article in machine-readable form: schema.org JSON-LD
// (<script type="application/ld+json">) and the page data of client-rendered sites (Next.js's
// __NEXT_DATA__). Read before anything is guessed from the layout.
namespace dokhae::import {

struct EmbeddedArticle {
    QString headline;
    QString author;     // names joined with ", ", newsroom titles ("기자") removed
    QString published;  // as written: "2025-11-20T08:10:00+09:00"
    QString publisher;
    QString body;       // the article's text or HTML, when the page carries it in data
    bool bodyIsHtml = false;
};

// Scripts larger than this are not articles; they are skipped rather than parsed.
constexpr qsizetype kMaxEmbeddedJsonBytes = qsizetype(4) << 20;

// Reads one JSON-LD script: an object, an array of them or an @graph, with a NewsArticle,
// Article, ReportageNewsArticle or another *Article / BlogPosting in it. Fields already set in
// `into` are kept (the first script that states a field wins).
void readJsonLd(const QString &json, EmbeddedArticle &into);

// The article body inside a client-rendered page's data: the longest string that reads as prose
// (HTML or text with sentences), under whatever key the site chose. Empty when none.
QString bodyFromPageData(const QString &json, bool *isHtml);

} // namespace dokhae::import
