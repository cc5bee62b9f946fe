#include "factmodel.h"

#include "export/exportrows.h"
#include "project/auditentry.h"
#include "project/project.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QLocale>
#include <QVector>

namespace FactDesk {

namespace {
/// Runs of spaces and line breaks as one space, keeping a space at either end.
QString oneLine(const QString &text)
{
    QString line;
    line.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            space = true;
            continue;
        }
        if (space)
            line += QLatin1Char(' ');
        space = false;
        line += c;
    }
    if (space)
        line += QLatin1Char(' ');
    return line;
}

/// A status needs more than a colour to be told apart: a symbol goes with its name.
QString statusSymbol(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Pending:
        return QStringLiteral("\u25CB"); // ○
    case ReviewStatus::Confirmed:
        return QStringLiteral("\u2713"); // ✓
    case ReviewStatus::Corrected:
        return QStringLiteral("\u270E"); // ✎
    case ReviewStatus::Rejected:
        return QStringLiteral("\u2717"); // ✗
    }
    return QString();
}

QString modifierSymbol(Modifier modifier)
{
    switch (modifier) {
    case Modifier::Exact:
        return QString();
    case Modifier::Approx:
        return QStringLiteral("\u2248 "); // ≈
    case Modifier::MoreThan:
        return QStringLiteral("> ");
    case Modifier::LessThan:
        return QStringLiteral("< ");
    case Modifier::UpTo:
        return QStringLiteral("\u2264 "); // ≤
    }
    return QString();
}

QString displayDate(const QString &value, const QLocale &locale)
{
    // ISO 8601 without a year, from an undated article: "--09", "--10-29".
    if (value.startsWith(QLatin1String("--"))) {
        const QStringList parts = value.mid(2).split(QLatin1Char('-'));
        const int month = parts.value(0).toInt();
        if (month < 1 || month > 12 || parts.size() > 2)
            return value;
        if (parts.size() == 1)
            return locale.standaloneMonthName(month, QLocale::LongFormat);
        // A leap year, so that 29 February exists.
        const QDate day(2024, month, parts.at(1).toInt());
        if (!day.isValid())
            return value;
        return locale.toString(
            day, locale.language() == QLocale::English ? QStringLiteral("MMM d") : QStringLiteral("d MMM"));
    }
    const QStringList parts = value.split(QLatin1Char('-'));
    bool yearOk = false;
    const int year = parts.value(0).toInt(&yearOk);
    if (!yearOk)
        return value;
    if (parts.size() == 1)
        return QString::number(year);
    const QString second = parts.at(1);
    if (second.startsWith(QLatin1Char('Q')) && parts.size() == 2) {
        //: A quarter of a year, e.g. "Q3 2025"
        return QCoreApplication::translate("FactDesk::FactModel", "Q%1 %2").arg(second.mid(1)).arg(year);
    }
    bool monthOk = false;
    const int month = second.toInt(&monthOk);
    if (!monthOk || month < 1 || month > 12)
        return value;
    if (parts.size() == 2)
        return locale.monthName(month, QLocale::LongFormat) + QLatin1Char(' ') + QString::number(year);
    const QDate date = QDate::fromString(value.left(10), Qt::ISODate);
    if (!date.isValid())
        return value;
    // The short format is ambiguous (10/28/25 vs 28/10/25) and the long one
    // does not fit a column: "Oct 28, 2025" in English, "28 oct. 2025" in French.
    return locale.toString(date,
        locale.language() == QLocale::English ? QStringLiteral("MMM d, yyyy") : QStringLiteral("d MMM yyyy"));
}

} // namespace

class FactModelPrivate
{
public:
    struct RowCache
    {
        QString searchKey;
        std::optional<double> number;
        bool valid = false; ///< searchKey and number are up to date
    };

    Project *project = nullptr;
    QVector<RowCache> cache;
    // Caches filled on demand from const accessors.
    mutable QHash<qint64, int> articleOrder;
    mutable bool articleOrderValid = false;

    /// The sentence of the figure, on one line, and where the figure is in it.
    QString context(const Fact &fact, int *figureStart = nullptr, int *figureEnd = nullptr) const;
    QString articleTitle(const Fact &fact) const;
    QString toolTip(const Fact &fact) const;
    QString valueText(const Fact &fact) const;
    QString buildSearchKey(const Fact &fact) const;
    RowCache &cached(int row);
    void rebuildArticleOrder() const;
    /// Project::article() without its linear search: this runs for every row.
    const Article *articleOf(const Fact &fact) const;
};

QString FactModelPrivate::context(const Fact &fact, int *figureStart, int *figureEnd) const
{
    const Article *article = articleOf(fact);
    if (!article)
        return QString();
    return FactModel::sentenceOf(article->text, fact.figure.start, fact.figure.end, figureStart, figureEnd);
}

QString FactModelPrivate::articleTitle(const Fact &fact) const
{
    const Article *article = articleOf(fact);
    return article ? article->displayTitle() : QString();
}

QString FactModelPrivate::valueText(const Fact &fact) const
{
    const QString value = FactModel::displayValue(fact.finalValue(), fact.finalKind(), QLocale());
    // The modifier qualifies what the text says; a correction is exact.
    if (fact.status == ReviewStatus::Corrected)
        return value;
    return modifierSymbol(fact.figure.modifier) + value;
}

QString FactModelPrivate::toolTip(const Fact &fact) const
{
    QStringList lines;
    if (fact.status == ReviewStatus::Corrected) {
        const QString value = FactModel::displayValue(fact.correctedValue, fact.correctedKind, QLocale());
        lines << QCoreApplication::translate("FactDesk::FactModel", "Corrected to %1 %2")
                     .arg(value, fact.correctedUnit)
                     .trimmed();
        lines << QCoreApplication::translate("FactDesk::FactModel", "Read as %1 %2")
                     .arg(FactModel::displayValue(fact.figure.value, fact.figure.kind, QLocale()),
                         fact.figure.unit)
                     .trimmed();
    }
    if (fact.status == ReviewStatus::Rejected && fact.rejectReason != RejectReason::None)
        lines << QCoreApplication::translate("FactDesk::FactModel", "Rejected: %1")
                     .arg(FactModel::rejectReasonName(fact.rejectReason));
    if (!fact.note.isEmpty())
        lines << QCoreApplication::translate("FactDesk::FactModel", "Note: %1").arg(fact.note);
    if (fact.origin == FactOrigin::Manual)
        lines << QCoreApplication::translate("FactDesk::FactModel", "Added by hand");
    return lines.join(QLatin1Char('\n'));
}

QString FactModelPrivate::buildSearchKey(const Fact &fact) const
{
    const QChar separator(0x1F); // never typed, so a search cannot match across fields
    QString key = fact.quote;
    if (key.isEmpty()) {
        if (const Article *article = articleOf(fact))
            key = article->text.mid(fact.figure.start, fact.figure.length());
    }
    key += separator + fact.figure.value + separator + fact.finalValue() + separator
        + FactModel::displayValue(fact.finalValue(), fact.finalKind(), QLocale()) + separator
        + fact.figure.unit + separator + fact.finalUnit() + separator + fact.note + separator + context(fact)
        + separator + articleTitle(fact);
    return FactModel::foldForSearch(key);
}

const Article *FactModelPrivate::articleOf(const Fact &fact) const
{
    if (!articleOrderValid)
        rebuildArticleOrder();
    const int index = articleOrder.value(fact.articleId, -1);
    return index < 0 ? nullptr : &project->articles().at(index);
}

void FactModelPrivate::rebuildArticleOrder() const
{
    articleOrder.clear();
    const QVector<Article> &articles = project->articles();
    for (int i = 0; i < articles.size(); ++i)
        articleOrder.insert(articles.at(i).id, i);
    articleOrderValid = true;
}

FactModel::FactModel(Project *project, QObject *parent)
    : QAbstractTableModel(parent)
    , d(std::make_unique<FactModelPrivate>())
{
    Q_ASSERT(project);
    d->project = project;
    d->cache.resize(project->facts().size());

    connect(project, &Project::aboutToReset, this, [this] { beginResetModel(); });
    connect(project, &Project::reset, this, [this] {
        d->cache.clear();
        d->cache.resize(d->project->facts().size());
        d->articleOrderValid = false;
        endResetModel();
    });
    connect(project, &Project::factsAboutToBeInserted, this,
        [this](int first, int last) { beginInsertRows(QModelIndex(), first, last); });
    connect(project, &Project::factsInserted, this, [this](int first, int last) {
        d->cache.insert(first, last - first + 1, FactModelPrivate::RowCache());
        endInsertRows();
    });
    connect(project, &Project::factsAboutToBeRemoved, this,
        [this](int first, int last) { beginRemoveRows(QModelIndex(), first, last); });
    connect(project, &Project::factsRemoved, this, [this](int first, int last) {
        d->cache.remove(first, last - first + 1);
        endRemoveRows();
    });
    connect(project, &Project::factChanged, this, [this](int row) {
        if (row < 0 || row >= d->cache.size())
            return;
        d->cache[row].valid = false;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    auto articlesMoved = [this] { d->articleOrderValid = false; };
    connect(project, &Project::articleAdded, this, articlesMoved);
    connect(project, &Project::articleRemoved, this, articlesMoved);
    connect(project, &Project::articleChanged, this, [this](int articleIndex) {
        // A new title, or a re-imported text, shows in every row of the article.
        const qint64 articleId = d->project->articles().value(articleIndex).id;
        const QVector<Fact> &facts = d->project->facts();
        for (int row = 0; row < facts.size(); ++row) {
            if (facts.at(row).articleId != articleId)
                continue;
            d->cache[row].valid = false;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    });
}

FactModel::~FactModel() = default;

Project *FactModel::project() const
{
    return d->project;
}

int FactModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(d->project->facts().size());
}

int FactModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FactModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Fact &fact = d->project->facts().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return kindName(fact.finalKind());
        case TextColumn:
            return fact.quote;
        case ValueColumn:
            return d->valueText(fact);
        case UnitColumn:
            return fact.finalKind() == FigureKind::Date ? QString() : unitName(fact.finalUnit());
        case StatusColumn:
            if (fact.status == ReviewStatus::Rejected && fact.rejectReason != RejectReason::None) {
                return QString(statusSymbol(fact.status) + QLatin1Char(' ') + statusName(fact.status)
                    + QStringLiteral(" \u2014 ") + rejectReasonName(fact.rejectReason));
            }
            return QString(statusSymbol(fact.status) + QLatin1Char(' ') + statusName(fact.status));
        case ArticleColumn:
            return d->articleTitle(fact);
        case ContextColumn:
            return d->context(fact);
        }
        return QVariant();
    case Qt::EditRole:
        switch (index.column()) {
        case KindColumn:
            return int(fact.finalKind());
        case TextColumn:
            return fact.quote;
        case ValueColumn:
            return fact.finalValue();
        case UnitColumn:
            return fact.finalUnit();
        case StatusColumn:
            return int(fact.status);
        case ArticleColumn:
            return d->articleTitle(fact);
        case ContextColumn:
            return d->context(fact);
        }
        return QVariant();
    case Qt::ToolTipRole: {
        const QString tip = d->toolTip(fact);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn)
            return QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant();
    case FactIdRole:
        return fact.id;
    case ArticleIdRole:
        return fact.articleId;
    case KindRole:
        return int(fact.finalKind());
    case StatusRole:
        return int(fact.status);
    case StartRole:
        return fact.figure.start;
    case EndRole:
        return fact.figure.end;
    case ExactValueRole:
        return fact.finalValue();
    case OriginRole:
        return int(fact.origin);
    case RejectReasonRole:
        return int(fact.rejectReason);
    case NoteRole:
        return fact.note;
    case SearchKeyRole:
        return searchKey(index.row());
    case ArticleOrderRole:
        return articleOrder(index.row());
    case UnitRole:
        return fact.finalUnit();
    case ContextFigureStartRole:
    case ContextFigureEndRole: {
        int figureStart = 0;
        int figureEnd = 0;
        d->context(fact, &figureStart, &figureEnd);
        return role == ContextFigureStartRole ? figureStart : figureEnd;
    }
    }
    return QVariant();
}

QVariant FactModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    // Read on every call, never cached, so a language switch shows at once.
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case TextColumn:
        return tr("Text");
    case ValueColumn:
        return tr("Value");
    case UnitColumn:
        return tr("Unit");
    case StatusColumn:
        return tr("Status");
    case ArticleColumn:
        return tr("Article");
    case ContextColumn:
        return tr("Context");
    }
    return QVariant();
}

QHash<int, QByteArray> FactModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(FactIdRole, "factId");
    names.insert(ArticleIdRole, "articleId");
    names.insert(KindRole, "kind");
    names.insert(StatusRole, "status");
    names.insert(StartRole, "start");
    names.insert(EndRole, "end");
    names.insert(ExactValueRole, "exactValue");
    names.insert(OriginRole, "origin");
    names.insert(RejectReasonRole, "rejectReason");
    names.insert(NoteRole, "note");
    names.insert(SearchKeyRole, "searchKey");
    names.insert(ArticleOrderRole, "articleOrder");
    names.insert(UnitRole, "unit");
    names.insert(ContextFigureStartRole, "contextFigureStart");
    names.insert(ContextFigureEndRole, "contextFigureEnd");
    return names;
}

const Fact *FactModel::factAt(int row) const
{
    const QVector<Fact> &facts = d->project->facts();
    return row >= 0 && row < facts.size() ? &facts.at(row) : nullptr;
}

int FactModel::rowOfFact(qint64 factId) const
{
    return d->project->indexOfFact(factId);
}

QModelIndex FactModel::indexOfFact(qint64 factId, int column) const
{
    const int row = rowOfFact(factId);
    return row < 0 ? QModelIndex() : index(row, column);
}

FactModelPrivate::RowCache &FactModelPrivate::cached(int row)
{
    RowCache &entry = cache[row];
    if (!entry.valid) {
        const Fact &fact = project->facts().at(row);
        entry.searchKey = buildSearchKey(fact);
        entry.number.reset();
        if (fact.finalKind() != FigureKind::Date) {
            bool ok = false;
            const double number = fact.finalValue().toDouble(&ok);
            if (ok)
                entry.number = number;
        }
        entry.valid = true;
    }
    return entry;
}

const QString &FactModel::searchKey(int row) const
{
    static const QString empty;
    if (row < 0 || row >= d->cache.size())
        return empty;
    return d->cached(row).searchKey;
}

std::optional<double> FactModel::sortNumber(int row) const
{
    if (row < 0 || row >= d->cache.size())
        return std::nullopt;
    return d->cached(row).number;
}

int FactModel::articleOrder(int row) const
{
    const Fact *fact = factAt(row);
    if (!fact)
        return -1;
    if (!d->articleOrderValid)
        d->rebuildArticleOrder();
    return d->articleOrder.value(fact->articleId, -1);
}

QString FactModel::sentenceOf(const QString &text, int start, int end, int *figureStart, int *figureEnd)
{
    int first = 0;
    int last = 0;
    ExportRows::sentenceBounds(text, start, end, &first, &last);
    start = qBound(first, start, last);
    end = qBound(start, end, last);
    // Collapsed part by part, so the figure's place in the line is known.
    QString before = oneLine(text.mid(first, start - first));
    while (before.startsWith(QLatin1Char(' ')))
        before.remove(0, 1);
    const QString figure = oneLine(text.mid(start, end - start));
    QString after = oneLine(text.mid(end, last - end));
    while (after.endsWith(QLatin1Char(' ')))
        after.chop(1);
    if (figureStart)
        *figureStart = int(before.size());
    if (figureEnd)
        *figureEnd = int(before.size() + figure.size());
    return before + figure + after;
}

QString FactModel::unitName(const QString &unit)
{
    // Date granularities and the units FactDesk writes itself; the counted
    // nouns and currencies are shown as the article wrote or coded them.
    if (unit == QLatin1String("year"))
        return tr("year", "unit: a date's granularity");
    if (unit == QLatin1String("quarter"))
        return tr("quarter", "unit: a date's granularity");
    if (unit == QLatin1String("month"))
        return tr("month", "unit: a date's granularity");
    if (unit == QLatin1String("week"))
        return tr("week", "unit: a date's granularity");
    if (unit == QLatin1String("day"))
        return tr("day", "unit: a date's granularity");
    if (unit == QLatin1String("pp"))
        return tr("pp", "unit: percentage points");
    if (unit == QLatin1String("bp"))
        return tr("bp", "unit: basis points");
    return unit;
}

QString FactModel::auditEntryName(const AuditEntry &entry)
{
    const QString name = auditActionName(entry.action);
    if (entry.refused)
        return tr("%1 (refused)", "an audit log action refused: someone else had changed the fact first")
            .arg(name);
    if (entry.unchanged)
        return tr("%1 (already so)", "an audit log action that asked for what the fact already was")
            .arg(name);
    return name;
}

QString FactModel::auditActionName(const QString &action)
{
    if (action.startsWith(QLatin1String("undo ")))
        return tr("undo: %1", "audit log action").arg(auditActionName(action.mid(5)));
    if (action.startsWith(QLatin1String("redo ")))
        return tr("redo: %1", "audit log action").arg(auditActionName(action.mid(5)));
    static const struct
    {
        const char *action;
        const char *name;
    } names[] = {
        { "confirm", QT_TRANSLATE_NOOP("FactDesk::FactModel", "confirmed") },
        { "correct", QT_TRANSLATE_NOOP("FactDesk::FactModel", "corrected") },
        { "reject", QT_TRANSLATE_NOOP("FactDesk::FactModel", "rejected") },
        { "reset", QT_TRANSLATE_NOOP("FactDesk::FactModel", "back to pending") },
        { "note", QT_TRANSLATE_NOOP("FactDesk::FactModel", "note") },
        { "add fact", QT_TRANSLATE_NOOP("FactDesk::FactModel", "figure added by hand") },
        { "remove fact", QT_TRANSLATE_NOOP("FactDesk::FactModel", "figure deleted") },
        { "import article", QT_TRANSLATE_NOOP("FactDesk::FactModel", "article imported") },
        { "reimport article", QT_TRANSLATE_NOOP("FactDesk::FactModel", "article imported again") },
        { "edit article", QT_TRANSLATE_NOOP("FactDesk::FactModel", "article properties") },
        { "remove article", QT_TRANSLATE_NOOP("FactDesk::FactModel", "article removed") },
        { "accept measure", QT_TRANSLATE_NOOP("FactDesk::FactModel", "measure accepted") },
        { "name measure", QT_TRANSLATE_NOOP("FactDesk::FactModel", "measure named") },
        { "move fact", QT_TRANSLATE_NOOP("FactDesk::FactModel", "figure moved to another measure") },
        { "merge measures", QT_TRANSLATE_NOOP("FactDesk::FactModel", "measures merged") },
        { "set verdict", QT_TRANSLATE_NOOP("FactDesk::FactModel", "verdict on a conflict") },
    };
    for (const auto &entry : names) {
        if (action == QLatin1String(entry.action))
            return QCoreApplication::translate("FactDesk::FactModel", entry.name);
    }
    return action; // an action of a later version: shown as written
}

QString FactModel::unitFromName(const QString &name)
{
    for (const char *code : { "year", "quarter", "month", "week", "day", "pp", "bp" }) {
        const QString unit = QString::fromLatin1(code);
        if (name.compare(unitName(unit), Qt::CaseInsensitive) == 0)
            return unit;
    }
    return name;
}

QString FactModel::foldForSearch(const QString &text)
{
    // Decomposes each letter and drops its accents ("É" -> "E" + U+0301 -> "e")
    // and folds spaces (no-break, narrow) to one, so "Elevé", "élevé" and
    // "ELEVE" all read "eleve". Done per character rather than with
    // QString::normalized(): this runs for every fact when a search starts.
    QString folded;
    folded.reserve(text.size());
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        if (code < 0x80) {
            folded.append(code >= 'A' && code <= 'Z' ? QChar(code + ('a' - 'A')) : c);
            continue;
        }
        if (c.isSpace()) {
            folded.append(QLatin1Char(' '));
            continue;
        }
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.decompositionTag() == QChar::Canonical || c.decompositionTag() == QChar::Compat) {
            const QString parts = c.decomposition();
            for (const QChar part : parts) {
                if (part.category() != QChar::Mark_NonSpacing)
                    folded.append(part.toCaseFolded());
            }
            continue;
        }
        folded.append(c.toCaseFolded());
    }
    return folded;
}

QString FactModel::kindName(FigureKind kind)
{
    switch (kind) {
    case FigureKind::Money:
        return QCoreApplication::translate("FactDesk::FactModel", "Money");
    case FigureKind::Percent:
        return QCoreApplication::translate("FactDesk::FactModel", "Percent");
    case FigureKind::Count:
        return QCoreApplication::translate("FactDesk::FactModel", "Count");
    case FigureKind::Quantity:
        return QCoreApplication::translate("FactDesk::FactModel", "Quantity");
    case FigureKind::Multiplier:
        return QCoreApplication::translate("FactDesk::FactModel", "Multiplier");
    case FigureKind::Date:
        return QCoreApplication::translate("FactDesk::FactModel", "Date");
    case FigureKind::Number:
        return QCoreApplication::translate("FactDesk::FactModel", "Number");
    }
    return QString();
}

QString FactModel::statusName(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Pending:
        return QCoreApplication::translate("FactDesk::FactModel", "Pending");
    case ReviewStatus::Confirmed:
        return QCoreApplication::translate("FactDesk::FactModel", "Confirmed");
    case ReviewStatus::Corrected:
        return QCoreApplication::translate("FactDesk::FactModel", "Corrected");
    case ReviewStatus::Rejected:
        return QCoreApplication::translate("FactDesk::FactModel", "Rejected");
    }
    return QString();
}

QString FactModel::rejectReasonName(RejectReason reason)
{
    switch (reason) {
    case RejectReason::None:
        return QString();
    case RejectReason::NotAFigure:
        return QCoreApplication::translate("FactDesk::FactModel", "not a figure");
    case RejectReason::ProductName:
        return QCoreApplication::translate("FactDesk::FactModel", "product or version name");
    case RejectReason::Duplicate:
        return QCoreApplication::translate("FactDesk::FactModel", "duplicate");
    case RejectReason::WrongReading:
        return QCoreApplication::translate("FactDesk::FactModel", "wrong reading");
    case RejectReason::Other:
        return QCoreApplication::translate("FactDesk::FactModel", "other");
    }
    return QString();
}

QString FactModel::displayValue(const QString &exactValue, FigureKind kind, const QLocale &locale)
{
    if (exactValue.isEmpty())
        return QString();
    if (kind == FigureKind::Date)
        return displayDate(exactValue, locale);

    // Exact decimals are formatted digit by digit: going through a double would
    // round 0.1 or lose digits of 13000000000.5.
    int pos = 0;
    bool negative = false;
    if (exactValue.at(0) == QLatin1Char('-') || exactValue.at(0) == QLatin1Char('+')) {
        negative = exactValue.at(0) == QLatin1Char('-');
        pos = 1;
    }
    const int dot = int(exactValue.indexOf(QLatin1Char('.'), pos));
    const int integerEnd = dot < 0 ? int(exactValue.size()) : dot;
    if (integerEnd == pos)
        return exactValue;
    for (int i = pos; i < exactValue.size(); ++i) {
        if (i != dot && !exactValue.at(i).isDigit())
            return exactValue; // not a plain decimal: show it as it is
    }
    const QString group = locale.numberOptions().testFlag(QLocale::OmitGroupSeparator)
        ? QString()
        : QString(locale.groupSeparator());
    QString result;
    if (negative)
        result += QString(locale.negativeSign());
    const int integerDigits = integerEnd - pos;
    for (int i = pos; i < integerEnd; ++i) {
        result += exactValue.at(i);
        const int remaining = integerEnd - i - 1;
        // Grouped from 1,000 on, as QLocale::toString() does, so columns line up.
        if (remaining > 0 && remaining % 3 == 0 && integerDigits > 3)
            result += group;
    }
    if (dot >= 0 && dot + 1 < exactValue.size())
        result += QString(locale.decimalPoint()) + exactValue.mid(dot + 1);
    return result;
}

void FactModel::retranslate()
{
    d->articleOrderValid = false;
    for (FactModelPrivate::RowCache &entry : d->cache)
        entry.valid = false; // search keys hold locale-formatted values
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace FactDesk
