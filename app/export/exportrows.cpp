#include "exportrows.h"

#include "codepointoffsets.h"
#include "exportledger_p.h"
#include "project/diskspace.h"
#include "project/project.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QIODevice>
#include <QSaveFile>

#include <algorithm>

namespace FactDesk {

namespace {

constexpr int contextLimit = 300;

bool isSentenceEnd(const QString &text, int i)
{
    const QChar c = text.at(i);
    if (c == QLatin1Char('\n'))
        return true;
    if (c != QLatin1Char('.') && c != QLatin1Char('!') && c != QLatin1Char('?') && c != QChar(0x2026))
        return false;
    // "4.2" and "U.S." do not end a sentence: a terminator is followed by a space or the end.
    return i + 1 >= text.size() || text.at(i + 1).isSpace();
}

} // namespace

ExportRows::ExportRows(const Project &project, bool allFacts, const StoryLedger *ledger)
    : m_articles(project.articles())
    , m_facts(project.facts())
{
    // The story columns are taken now, with the facts: the file says what the ledger said then.
    std::unique_ptr<StoryLedger> own;
    ledger = exportLedger(project, ledger, &own);
    for (const Measure &measure : ledger->measures()) {
        for (qint64 factId : measure.factIds) {
            StoryCells &cells = m_story[factId];
            cells.measureId = measure.id;
            cells.measure = measure.name;
        }
        for (const MeasurePair &pair : measure.pairs) {
            if (!pair.isOpen())
                continue;
            m_story[pair.first].openConflicts.append({ pair.second, pair.label });
            m_story[pair.second].openConflicts.append({ pair.first, pair.label });
        }
    }
    for (const ArithmeticCheck &check : ledger->checks()) {
        if (check.consistent)
            continue;
        for (qint64 factId : check.factIds)
            m_story[factId].failedChecks.append(check);
    }

    const QVector<Article> &articles = std::as_const(m_articles);
    QHash<qint64, int> articleIndex;
    articleIndex.reserve(articles.size());
    for (int i = 0; i < articles.size(); ++i)
        articleIndex.insert(articles.at(i).id, i);
    const QVector<Fact> &facts = std::as_const(m_facts);
    m_selected.reserve(allFacts ? facts.size() : project.verifiedCount());
    for (int i = 0; i < facts.size(); ++i) {
        const Fact &fact = facts.at(i);
        if (!allFacts && !fact.isVerified())
            continue;
        const int index = articleIndex.value(fact.articleId, -1);
        if (index >= 0)
            m_selected.append({ i, index });
    }
}

ExportRows::~ExportRows() = default;

ExportRow ExportRows::at(int i) const
{
    const Selected selected = m_selected.at(i);
    const Article &article = std::as_const(m_articles).at(selected.article);
    const Fact &fact = std::as_const(m_facts).at(selected.fact);
    // Facts of one article mostly follow each other: keep its offsets for the next row.
    if (m_offsetsArticle != selected.article) {
        m_offsets = std::make_unique<CodePointOffsets>(article.text);
        m_offsetsArticle = selected.article;
    }
    const int start = qBound(0, fact.figure.start, int(article.text.size()));
    const int end = qBound(start, fact.figure.end, int(article.text.size()));
    ExportRow row;
    row.article = &article;
    row.fact = &fact;
    row.start = m_offsets->offset(start);
    row.end = m_offsets->offset(end);
    row.written = end > start ? article.text.mid(start, end - start) : fact.quote;
    row.context = contextSentence(article.text, start, end);
    const auto story = m_story.constFind(fact.id);
    if (story != m_story.cend()) {
        row.measureId = story->measureId;
        row.measure = story->measure;
        row.openConflicts = story->openConflicts;
        row.failedChecks = story->failedChecks;
    }
    return row;
}

QString ExportRows::openConflictsText(const ExportRow &row)
{
    QStringList items;
    for (const auto &conflict : row.openConflicts)
        items.append(QStringLiteral("%1:%2").arg(toString(conflict.second)).arg(conflict.first));
    return items.join(QLatin1Char(' '));
}

QString ExportRows::failedChecksText(const ExportRow &row)
{
    QStringList items;
    for (const ArithmeticCheck &check : row.failedChecks) {
        QStringList ids;
        for (qint64 id : check.factIds)
            ids.append(QString::number(id));
        items.append(QStringLiteral("%1:%2 computed=%3 stated=%4")
                         .arg(toString(check.rule), ids.join(QLatin1Char(',')), check.computed, check.stated));
    }
    return items.join(QStringLiteral("; "));
}

QString ExportRows::contextSentence(const QString &text, int start, int end)
{
    int first = 0;
    int last = 0;
    sentenceBounds(text, start, end, &first, &last);
    return text.mid(first, last - first).simplified();
}

void ExportRows::sentenceBounds(const QString &text, int start, int end, int *first, int *last)
{
    start = qBound(0, start, int(text.size()));
    end = qBound(start, end, int(text.size()));
    *first = start;
    const int firstLimit = qMax(0, start - contextLimit);
    while (*first > firstLimit && !isSentenceEnd(text, *first - 1))
        --*first;
    *last = end;
    const int lastLimit = qMin(int(text.size()), end + contextLimit);
    while (*last < lastLimit && !isSentenceEnd(text, *last))
        ++*last;
    if (*last < text.size() && text.at(*last) != QLatin1Char('\n'))
        ++*last; // keep the full stop
}

QString ExportRows::asOf(const Fact &fact, const Article &article)
{
    if (!fact.figure.asOf.isEmpty())
        return fact.figure.asOf;
    return article.date.isValid() ? article.date.toString(Qt::ISODate) : QString();
}

bool ExportRows::isPlainNumber(const QString &value)
{
    int i = 0;
    if (i < value.size() && value.at(i) == QLatin1Char('-'))
        ++i;
    int digits = 0;
    while (i < value.size() && value.at(i).isDigit() && value.at(i).unicode() < 128) {
        ++i;
        ++digits;
    }
    if (digits == 0)
        return false;
    if (i < value.size() && value.at(i) == QLatin1Char('.')) {
        ++i;
        int decimals = 0;
        while (i < value.size() && value.at(i).isDigit() && value.at(i).unicode() < 128) {
            ++i;
            ++decimals;
        }
        if (decimals == 0)
            return false;
    }
    return i == value.size();
}

QString exportCancelledReason()
{
    return QCoreApplication::translate("FactDesk::ExportRows", "the export was cancelled");
}

bool saveExportFile(
    const QString &path, const std::function<bool(QIODevice *device, QString *error)> &write, QString *error)
{
    auto fail = [&](const QString &reason) {
        if (error) {
            //: %1 is a file name, %2 the system's reason ("No space left on device", "Permission denied")
            *error = QCoreApplication::translate("FactDesk::ExportRows", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), reason);
        }
        return false;
    };
    // QSaveFile replaces the target by rename: never do that to a device or a pipe.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return fail(QCoreApplication::translate("FactDesk::ExportRows", "it is not a regular file"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    // QSaveFile buffers: on a full disk write() still succeeds, and commit()
    // (Qt 5.15) renames the short file over the old export without noticing
    // that its last flush failed. Flushing here catches that while the old
    // file is still intact.
    QString reason;
    if (!write(&file, &reason) || !file.flush()) {
        if (reason.isEmpty())
            reason = file.errorString();
        const qint64 written = file.pos();
        file.cancelWriting();
        file.commit(); // fails, and removes the temporary file, whose room the message counts
        // A full disk often reads "Unknown error" here: the free space tells.
        const QString full
            = reason == exportCancelledReason() ? QString() : DiskSpace::fullReason(path, written);
        return fail(full.isEmpty() ? reason : full);
    }
    if (!file.commit()) {
        const QString full = DiskSpace::fullReason(path, file.size());
        return fail(full.isEmpty() ? file.errorString() : full);
    }
    return true;
}

} // namespace FactDesk
