#pragma once

#include "review/fact.h"

#include <QAbstractTableModel>

#include <memory>
#include <optional>

class QLocale;

namespace FactDesk {

struct AuditEntry;

class Project;
class FactModelPrivate;

/**
 * The facts of a Project as a table: one row per fact, in Project::facts()
 * order, following the project's signals row for row.
 *
 * The model is GUI-free (QtCore only) so the CLI and core tests can use it;
 * colours and icons for statuses belong to the views. Values are shown in the
 * interface locale (QLocale()), while EditRole and ExactValueRole keep the
 * exact decimal string that exports use.
 */
class FactModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        KindColumn,
        TextColumn, ///< the figure as written in the article
        ValueColumn, ///< the final value (corrected or read), in the interface locale
        UnitColumn,
        StatusColumn,
        ArticleColumn, ///< the article's title
        ContextColumn, ///< the figure's sentence, on one line (the export's context)
        ColumnCount
    };
    Q_ENUM(Column)

    /// Roles answered for every column of a row.
    enum Role
    {
        FactIdRole = Qt::UserRole + 1, ///< qint64, Fact::id
        ArticleIdRole, ///< qint64, Fact::articleId
        KindRole, ///< int, the final FigureKind
        StatusRole, ///< int, ReviewStatus
        StartRole, ///< int, UTF-16 offset of the figure in its article
        EndRole, ///< int, UTF-16 end offset
        ExactValueRole, ///< QString, the final value as an exact decimal / ISO date
        OriginRole, ///< int, FactOrigin
        RejectReasonRole, ///< int, RejectReason
        NoteRole, ///< QString
        /// QString: text, values, unit, note, sentence and article title,
        /// case-folded without accents; what FactFilterProxyModel matches a search against.
        SearchKeyRole,
        ArticleOrderRole, ///< int, the article's index in Project::articles()
        UnitRole, ///< QString, the final unit as stored ("EUR", "%", "day")
        /// int: where the figure is in ContextColumn's text (UTF-16), start and end.
        ContextFigureStartRole,
        ContextFigureEndRole,
    };
    Q_ENUM(Role)

    explicit FactModel(Project *project, QObject *parent = nullptr);
    ~FactModel() override;

    Project *project() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The fact shown in a row, or nullptr; valid until the project changes.
    const Fact *factAt(int row) const;
    /// The row of a fact, or -1.
    int rowOfFact(qint64 factId) const;
    QModelIndex indexOfFact(qint64 factId, int column = 0) const;
    /// SearchKeyRole without a QVariant: cached, recomputed only when the fact changes.
    const QString &searchKey(int row) const;
    /// ArticleOrderRole without a QVariant.
    int articleOrder(int row) const;
    /**
     * The final value of a row as a number, for sorting (cached); nullopt for
     * dates and values that are not plain decimals.
     */
    std::optional<double> sortNumber(int row) const;

    /**
     * The sentence around [start, end) of text, on one line, as exports write
     * it; figureStart and figureEnd receive where the figure is in it.
     */
    static QString sentenceOf(
        const QString &text, int start, int end, int *figureStart = nullptr, int *figureEnd = nullptr);
    /// An action of the audit log ("confirm", "undo reject", "import article") as the interface names it.
    static QString auditActionName(const QString &action);
    /// An audit log line's action as the interface names it, marked when nothing was written by it.
    static QString auditEntryName(const AuditEntry &entry);
    /// A unit as the interface names it: date granularities and points translated, others as stored.
    static QString unitName(const QString &unit);
    /// The stored unit a name typed or shown by unitName() stands for.
    static QString unitFromName(const QString &name);
    /// Folds case and strips accents, the way search keys are built ("Élevé" -> "eleve").
    static QString foldForSearch(const QString &text);
    /// The translated name of a kind, status or rejection reason, for display.
    static QString kindName(FigureKind kind);
    static QString statusName(ReviewStatus status);
    static QString rejectReasonName(RejectReason reason);
    /**
     * An exact value as the interface shows it: numbers with the locale's
     * group and decimal separators and all their decimals ("13 000 000 000",
     * "4,2" in French; "13,000,000,000", "4.2" in English), dates as dates.
     */
    static QString displayValue(const QString &exactValue, FigureKind kind, const QLocale &locale);

public Q_SLOTS:
    /// Re-announces the translated header and cells after a language switch.
    void retranslate();

private:
    std::unique_ptr<FactModelPrivate> d;
};

} // namespace FactDesk
