#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

// Korean news credits: who wrote a piece, for whom, and when.
namespace dokhae::import {

struct Byline {
    QString author;
    QString source;
    QDate date;
};

// "글 : 한우덕 / 중앙일보 차이나랩 2025-07-25", "기고 : 김민수 교수", "By Jane Doe"
std::optional<Byline> parseCreditLine(QStringView line);

// A line that is only a reporter credit: "서재창 기자 eled@hellot.net", "헬로티 서재창 기자 |",
// "[연합뉴스 김철수 특파원]", "/홍길동 기자".
std::optional<Byline> parseReporterLine(QStringView line);

// The wire-service opening of a first paragraph, "(서울=연합뉴스) 김철수 기자 = 본문…":
// the credit and the length of the prefix to cut from the paragraph.
struct Dateline {
    Byline byline;
    qsizetype prefixLength = 0;
};
std::optional<Dateline> parseWireDateline(QStringView paragraph);

// Date lines of a header: "2025.03.27 23:08:39", "입력 2025-03-27 09:00 | 수정 2025-03-28".
bool isDateLine(QStringView line);

} // namespace dokhae::import
