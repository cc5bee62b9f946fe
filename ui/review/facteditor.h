#pragma once

#include <QVector>
#include <QWidget>

#include <memory>

namespace FactDesk {

class FactEditorPrivate;
class Project;
class ReviewController;
class StoryTracker;

/**
 * Shows and edits the current fact of a ReviewController: the text as
 * written, kind, value (validated in the article's language), unit, the review
 * buttons and the note. Enter in the value field commits a correction, Esc
 * cancels it; the note is saved when it loses focus or on Ctrl+Return.
 */
class FactEditor : public QWidget
{
    Q_OBJECT
public:
    FactEditor(Project *project, ReviewController *controller, QWidget *parent = nullptr);
    ~FactEditor() override;

    qint64 factId() const;
    /**
     * The figures offered for the shown fact in other articles: the other values
     * of its measure (open conflicts first) when it is in one, else the
     * "Elsewhere" figures with the same kind, unit and words.
     */
    QVector<qint64> relatedFactIds() const;
    /// Shows the fact's measure, its other values and its arithmetic checks from this tracker.
    void setStoryTracker(StoryTracker *tracker);

public Q_SLOTS:
    void setFact(qint64 factId);
    /// Focuses the value field with its text selected, ready for a correction.
    void beginCorrection();
    /// Focuses the reason chooser and pops it up.
    void beginRejection();

Q_SIGNALS:
    /// A correction was committed or cancelled: the table may take the focus back.
    void editingFinished();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    /// Shows the current fact; reloadFields also replaces what is being typed.
    void refresh(bool reloadFields = false);
    void applyPaletteColours();
    void commitCorrection();
    void cancelCorrection();
    void saveNote();
    void showError(const QString &message);

    std::unique_ptr<FactEditorPrivate> d;
};

} // namespace FactDesk
