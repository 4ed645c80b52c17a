#include "copy_commands.h"

#include "article_source.h"
#include "cli_commands.h"
#include "store/library.h"
#include "store/library_copy.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <optional>

class CliCopy {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

namespace dokhae::cli {

namespace {

using store::CopyCount;
using store::CopyStage;

// A terminal gets the line rewritten at most this often; more would only make it flicker.
constexpr qint64 kRedrawMilliseconds = 100;

QString stageText(CopyStage stage)
{
    switch (stage) {
    case CopyStage::Corrections: return CliCopy::tr("Copying entity corrections");
    case CopyStage::Articles: return CliCopy::tr("Copying articles");
    case CopyStage::Annotations: return CliCopy::tr("Copying annotations");
    case CopyStage::Charts: return CliCopy::tr("Copying charts");
    }
    return {};
}

QString kindText(const QString &key)
{
    if (key == u"user_entities")
        return CliCopy::tr("entities of your own");
    if (key == u"hidden_entities")
        return CliCopy::tr("hidden entities");
    if (key == u"entity_merges")
        return CliCopy::tr("entity merges");
    if (key == u"articles")
        return CliCopy::tr("articles");
    if (key == u"revisions")
        return CliCopy::tr("revisions");
    if (key == u"annotations")
        return CliCopy::tr("annotations");
    if (key == u"charts")
        return CliCopy::tr("charts");
    if (key == u"chart_changes")
        return CliCopy::tr("edits and deletions of suggested charts");
    return key;
}

// "Copying articles 120/2000" on standard error: on a terminal one line rewritten in place, else
// (a log, a pipe) a line at each tenth of a stage, so that a log does not get thousands of lines.
class ProgressLine {
public:
    ProgressLine(QTextStream &err, bool inPlace)
        : m_err(err)
        , m_inPlace(inPlace)
    {
        m_clock.start();
    }

    void show(CopyStage stage, qint64 done, qint64 total)
    {
        if (total <= 0)
            return;
        const bool newStage = !m_stage || *m_stage != stage;
        if (newStage)
            finishLine();
        m_stage = stage;
        const QString line = QStringLiteral("%1 %2/%3").arg(stageText(stage)).arg(done).arg(total);
        if (m_inPlace) {
            if (!newStage && done < total && m_clock.elapsed() - m_drawnAt < kRedrawMilliseconds)
                return;
            m_drawnAt = m_clock.elapsed();
            m_err << '\r' << line.leftJustified(m_width) << Qt::flush;
            m_width = std::max<qsizetype>(m_width, line.size());
            m_open = true;
            return;
        }
        const qint64 tenth = done * 10 / total;
        if (!newStage && tenth == m_tenth)
            return;
        m_tenth = tenth;
        m_err << line << Qt::endl;
    }

    // Ends a line rewritten in place, so that what is written next starts on a line of its own.
    void finishLine()
    {
        if (m_open)
            m_err << Qt::endl;
        m_open = false;
        m_width = 0;
    }

private:
    QTextStream &m_err;
    bool m_inPlace;
    std::optional<CopyStage> m_stage;
    qint64 m_tenth = -1;
    QElapsedTimer m_clock;
    qint64 m_drawnAt = 0;
    qsizetype m_width = 0;
    bool m_open = false;
};

QString countText(const CopyCount &count)
{
    QString text = CliCopy::tr("%1 added, %2 already there").arg(count.added).arg(count.alreadyThere);
    if (count.updated > 0)
        text += CliCopy::tr(", %1 updated").arg(count.updated);
    if (count.skipped > 0)
        text += CliCopy::tr(", %1 left out").arg(count.skipped);
    return text;
}

QJsonObject reportToJson(const store::LibraryCopyReport &report, const CopyOptions &options, const QString &error)
{
    QJsonObject object{{QStringLiteral("source"), options.from},
                       {QStringLiteral("target"), options.to},
                       {QStringLiteral("complete"), error.isEmpty()}};
    if (!error.isEmpty())
        object.insert(QStringLiteral("error"), error);
    for (const auto &[key, count] : report.kinds()) {
        object.insert(key, QJsonObject{{QStringLiteral("added"), count.added},
                                       {QStringLiteral("updated"), count.updated},
                                       {QStringLiteral("already_there"), count.alreadyThere},
                                       {QStringLiteral("skipped"), count.skipped}});
    }
    return object;
}

void writeReport(const store::LibraryCopyReport &report, const CopyOptions &options, const QString &error,
                 QTextStream &out)
{
    if (options.json) {
        out << QString::fromUtf8(QJsonDocument(reportToJson(report, options, error)).toJson(QJsonDocument::Indented));
        return;
    }
    for (const auto &[key, count] : report.kinds())
        out << kindText(key) << ": " << countText(count) << Qt::endl;
}

} // namespace

int copyCommand(const CopyOptions &options, QTextStream &out, QTextStream &err)
{
    if (options.from.isEmpty() || options.to.isEmpty()) {
        err << CliCopy::tr("copy: name the library to copy with --from and the one to copy into with --to.")
            << Qt::endl;
        return ExitUsage;
    }
    if (store::LibraryCopy::sameLibrary(options.from, options.to)) {
        err << CliCopy::tr("copy: %1 is both the source and the target; name two different libraries.").arg(options.from)
            << Qt::endl;
        return ExitUsage;
    }
    // The source first: a source that cannot be opened leaves no new target behind.
    store::Library source;
    if (!openExistingLibrary(source, options.from, err))
        return ExitLibrary;
    store::Library target;
    if (!target.open(options.to)) {
        err << target.lastError() << Qt::endl;
        return ExitLibrary;
    }
    store::LibraryCopy copy(source, target);
    ProgressLine progress(err, options.progressInPlace);
    copy.setProgress([&progress](CopyStage stage, qint64 done, qint64 total) {
        progress.show(stage, done, total);
        return true;
    });
    const bool copied = copy.run();
    progress.finishLine();
    if (!copied) {
        err << copy.lastError() << Qt::endl
            << CliCopy::tr("What was copied before this is kept in %1; copy again to complete it.").arg(target.path())
            << Qt::endl;
        writeReport(copy.report(), options, copy.lastError(), out);
        return ExitLibrary;
    }
    spdlog::info("Copied library {} to {}", source.path().toStdString(), target.path().toStdString());
    writeReport(copy.report(), options, {}, out);
    return ExitOk;
}

} // namespace dokhae::cli
