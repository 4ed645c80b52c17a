#pragma once

#include <QString>
#include <QStringView>

// What one paragraph says about being page furniture rather than article.
namespace dokhae::import {

enum class Signal {
    None,   // prose, or nothing that tells
    Weak,   // furniture vocabulary in a short line, link labels, template labels
    Strong  // legal notices, registration numbers, contact lines, images and links
};

Signal signalOf(const QString &line);

// Copyright and reprint notices.
bool hasCopyrightNotice(QStringView line);
// A publisher's imprint: registration numbers, publisher and editor, youth-protection officer.
bool hasImprintWord(QStringView line);
// Subscription, advertising, contact and sharing vocabulary.
bool hasFurnitureWord(QStringView line);
// "[광고] …", "(AD) …": a line marked as an advertisement.
bool isMarkedAdvertisement(QStringView line);
// A line that is only a label page templates print around any article ("관련기사", "요약").
bool isTemplateLabel(QStringView line);

} // namespace dokhae::import
