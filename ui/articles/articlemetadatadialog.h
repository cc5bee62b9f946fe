#pragma once

#include <QDialog>

#include <memory>

namespace FactDesk {

struct Article;
class ArticleMetadataDialogPrivate;

/**
 * Edits what is known about an article after its import: title, source,
 * URL, publication date (which anchors relative dates such as "mardi") and
 * language (which picks the lexicon). The text itself is never edited here.
 * OK stays disabled while the title is empty or the URL is not a web address.
 */
class ArticleMetadataDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ArticleMetadataDialog(const Article &article, QWidget *parent = nullptr);
    ~ArticleMetadataDialog() override;

    /// The article given to the constructor with the edited fields.
    Article article() const;
    /// Why the input cannot be accepted, or an empty string when it can.
    QString problem() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void validate();

    std::unique_ptr<ArticleMetadataDialogPrivate> d;
};

} // namespace FactDesk
