#include "articlemetadatadialog.h"

#include "article/article.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace FactDesk {

namespace {

// QDateEdit has no empty state: its minimum stands for "no date".
const QDate noDate(1800, 1, 1);

} // namespace

class ArticleMetadataDialogPrivate
{
public:
    Article article;
    QLabel *titleLabel = nullptr;
    QLabel *sourceLabel = nullptr;
    QLabel *urlLabel = nullptr;
    QLabel *dateLabel = nullptr;
    QLabel *languageLabel = nullptr;
    QLineEdit *title = nullptr;
    QLineEdit *source = nullptr;
    QLineEdit *url = nullptr;
    QDateEdit *date = nullptr;
    QComboBox *language = nullptr;
    QLabel *problem = nullptr;
    QDialogButtonBox *buttons = nullptr;
};

ArticleMetadataDialog::ArticleMetadataDialog(const Article &article, QWidget *parent)
    : QDialog(parent)
    , d(std::make_unique<ArticleMetadataDialogPrivate>())
{
    d->article = article;
    d->title = new QLineEdit(article.title, this);
    d->source = new QLineEdit(article.source, this);
    d->url = new QLineEdit(article.url, this);
    d->date = new QDateEdit(this);
    d->date->setCalendarPopup(true);
    d->date->setMinimumDate(noDate);
    d->date->setDate(article.date.isValid() ? article.date : noDate);
    d->language = new QComboBox(this);
    d->language->addItem(QString(), QStringLiteral("fr"));
    d->language->addItem(QString(), QStringLiteral("en"));
    const int languageIndex = d->language->findData(article.language);
    d->language->setCurrentIndex(languageIndex < 0 ? 0 : languageIndex);
    d->problem = new QLabel(this);
    d->problem->setWordWrap(true);
    d->buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *form = new QFormLayout;
    const std::pair<QLabel **, QWidget *> rows[] = {
        { &d->titleLabel, d->title },
        { &d->sourceLabel, d->source },
        { &d->urlLabel, d->url },
        { &d->dateLabel, d->date },
        { &d->languageLabel, d->language },
    };
    for (const auto &[label, field] : rows) {
        *label = new QLabel(this);
        (*label)->setBuddy(field);
        form->addRow(*label, field);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(d->problem);
    layout->addWidget(d->buttons);

    // Room for a headline and a full URL.
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);

    connect(d->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(d->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(d->title, &QLineEdit::textChanged, this, &ArticleMetadataDialog::validate);
    connect(d->url, &QLineEdit::textChanged, this, &ArticleMetadataDialog::validate);
    retranslateUi();
}

ArticleMetadataDialog::~ArticleMetadataDialog() = default;

Article ArticleMetadataDialog::article() const
{
    Article result = d->article;
    result.title = d->title->text().trimmed();
    result.source = d->source->text().trimmed();
    result.url = d->url->text().trimmed();
    result.date = d->date->date() == noDate ? QDate() : d->date->date();
    result.language = d->language->currentData().toString();
    return result;
}

QString ArticleMetadataDialog::problem() const
{
    if (d->title->text().trimmed().isEmpty())
        return tr("The title cannot be empty.");
    const QString url = d->url->text().trimmed();
    if (!url.isEmpty()) {
        const QUrl parsed(url, QUrl::StrictMode);
        const QString scheme = parsed.scheme();
        if (!parsed.isValid() || parsed.host().isEmpty()
            || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
            return tr("The URL must be a web address starting with http:// or https://.");
    }
    return QString();
}

void ArticleMetadataDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ArticleMetadataDialog::retranslateUi()
{
    setWindowTitle(tr("Article Properties"));
    d->titleLabel->setText(tr("&Title:"));
    d->sourceLabel->setText(tr("&Source:", "publication that ran the article"));
    d->urlLabel->setText(tr("&URL:"));
    d->dateLabel->setText(tr("Publication &date:"));
    d->languageLabel->setText(tr("&Language:", "language of the article"));
    d->source->setPlaceholderText(tr("Newspaper, agency or website"));
    d->url->setPlaceholderText(QStringLiteral("https://"));
    d->date->setSpecialValueText(tr("Unknown", "publication date"));
    d->date->setToolTip(
        tr("Relative dates in the text (“Tuesday”, “last month”) are resolved from this date."));
    d->language->setItemText(0, tr("French"));
    d->language->setItemText(1, tr("English"));
    d->language->setToolTip(
        tr("Figures are read with the rules of this language (decimal comma, “milliard”…)."));
    validate();
}

void ArticleMetadataDialog::validate()
{
    const QString text = problem();
    d->problem->setText(text);
    d->problem->setVisible(!text.isEmpty());
    d->buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

} // namespace FactDesk
