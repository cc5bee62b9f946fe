#include "jsonwriter.h"

#include "exportrows.h"
#include "project/project.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace FactDesk {

namespace {

QString factUrn(qint64 id)
{
    return QStringLiteral("urn:factdesk:fact:%1").arg(id);
}

QJsonObject annotation(const ExportRow &row)
{
    const Fact &fact = *row.fact;
    const Article &article = *row.article;

    QJsonObject figure {
        { QStringLiteral("type"), QStringLiteral("factdesk:Figure") },
        { QStringLiteral("factdesk:kind"), toString(fact.figure.kind) },
        { QStringLiteral("factdesk:value"), fact.figure.value },
        { QStringLiteral("factdesk:unit"), fact.figure.unit },
        { QStringLiteral("factdesk:modifier"), toString(fact.figure.modifier) },
        { QStringLiteral("factdesk:status"), toString(fact.status) },
        { QStringLiteral("factdesk:finalKind"), toString(fact.finalKind()) },
        { QStringLiteral("factdesk:finalValue"), fact.finalValue() },
        { QStringLiteral("factdesk:finalUnit"), fact.finalUnit() },
        { QStringLiteral("factdesk:origin"), toString(fact.origin) },
        { QStringLiteral("factdesk:context"), row.context },
    };
    if (fact.figure.range != RangeRole::None)
        figure.insert(QStringLiteral("factdesk:range"), toString(fact.figure.range));
    if (fact.status == ReviewStatus::Corrected) {
        figure.insert(QStringLiteral("factdesk:correctedValue"), fact.correctedValue);
        figure.insert(QStringLiteral("factdesk:correctedUnit"), fact.correctedUnit);
    }
    if (fact.status == ReviewStatus::Rejected)
        figure.insert(QStringLiteral("factdesk:rejectReason"), toString(fact.rejectReason));

    QJsonArray bodies { figure };
    if (!fact.note.isEmpty()) {
        bodies.append(QJsonObject {
            { QStringLiteral("type"), QStringLiteral("TextualBody") },
            { QStringLiteral("purpose"), QStringLiteral("commenting") },
            { QStringLiteral("format"), QStringLiteral("text/plain") },
            { QStringLiteral("value"), fact.note },
        });
    }

    QJsonObject target {
        { QStringLiteral("source"),
            article.url.isEmpty() ? QStringLiteral("urn:factdesk:article:%1").arg(article.id) : article.url },
        { QStringLiteral("selector"),
            QJsonArray {
                QJsonObject {
                    { QStringLiteral("type"), QStringLiteral("TextQuoteSelector") },
                    { QStringLiteral("exact"), row.written },
                    { QStringLiteral("prefix"), fact.prefix },
                    { QStringLiteral("suffix"), fact.suffix },
                },
                QJsonObject {
                    { QStringLiteral("type"), QStringLiteral("TextPositionSelector") },
                    { QStringLiteral("start"), row.start },
                    { QStringLiteral("end"), row.end },
                },
            } },
    };
    if (!article.title.isEmpty())
        target.insert(QStringLiteral("factdesk:articleTitle"), article.title);
    if (!article.language.isEmpty())
        target.insert(QStringLiteral("language"), article.language);

    QJsonObject result {
        { QStringLiteral("id"), factUrn(fact.id) },
        { QStringLiteral("type"), QStringLiteral("Annotation") },
        { QStringLiteral("motivation"), QStringLiteral("assessing") },
        { QStringLiteral("body"), bodies },
        { QStringLiteral("target"), target },
    };
    if (!fact.editor.isEmpty()) {
        result.insert(QStringLiteral("creator"),
            QJsonObject {
                { QStringLiteral("type"), QStringLiteral("Person") },
                { QStringLiteral("name"), fact.editor },
            });
    }
    if (fact.reviewedAt.isValid())
        result.insert(QStringLiteral("modified"), fact.reviewedAt.toUTC().toString(Qt::ISODate));
    return result;
}

} // namespace

JsonWriter::JsonWriter(const Project &project)
    : m_project(project)
{ }

JsonWriter::~JsonWriter() = default;

void JsonWriter::setAllFacts(bool all)
{
    if (all != m_allFacts)
        m_rows.reset();
    m_allFacts = all;
}

const ExportRows &JsonWriter::rows() const
{
    if (!m_rows)
        m_rows = std::make_unique<ExportRows>(m_project, m_allFacts);
    return *m_rows;
}

int JsonWriter::annotationCount() const
{
    return int(rows().rows().size());
}

QJsonObject JsonWriter::collection(int maxAnnotations) const
{
    const QVector<ExportRow> &all = rows().rows();
    const int count = maxAnnotations < 0 ? int(all.size()) : qMin(maxAnnotations, int(all.size()));
    QJsonArray items;
    for (int i = 0; i < count; ++i)
        items.append(annotation(all.at(i)));
    return QJsonObject {
        { QStringLiteral("@context"),
            QJsonArray { QStringLiteral("http://www.w3.org/ns/anno.jsonld"),
                QJsonObject {
                    { QStringLiteral("factdesk"), QStringLiteral("urn:factdesk:vocabulary#") } } } },
        { QStringLiteral("type"), QStringLiteral("AnnotationCollection") },
        { QStringLiteral("label"),
            m_allFacts ? QStringLiteral("FactDesk facts") : QStringLiteral("FactDesk verified facts") },
        { QStringLiteral("total"), int(all.size()) },
        { QStringLiteral("generator"),
            QJsonObject { { QStringLiteral("type"), QStringLiteral("Software") },
                { QStringLiteral("name"), QStringLiteral("FactDesk") } } },
        { QStringLiteral("first"),
            QJsonObject { { QStringLiteral("type"), QStringLiteral("AnnotationPage") },
                { QStringLiteral("startIndex"), 0 }, { QStringLiteral("items"), items } } },
    };
}

QJsonObject JsonWriter::toJsonObject() const
{
    return collection(-1);
}

QByteArray JsonWriter::toJson() const
{
    // Compact: indentation triples the size of a large export; preview() indents.
    // Each annotation is serialised on its own and spliced into the collection's
    // empty "items": one QJsonArray of 300,000 objects costs several times more
    // to build than the text it gives, for the same bytes.
    QByteArray json = QJsonDocument(collection(0)).toJson(QJsonDocument::Compact);
    const QByteArray emptyItems = "\"items\":[]";
    const int at = int(json.indexOf(emptyItems));
    if (at < 0)
        return QJsonDocument(collection(-1)).toJson(QJsonDocument::Compact);
    QByteArray items;
    const QVector<ExportRow> &all = rows().rows();
    for (int i = 0; i < all.size(); ++i) {
        if (i > 0)
            items += ',';
        items += QJsonDocument(annotation(all.at(i))).toJson(QJsonDocument::Compact);
    }
    json.insert(at + emptyItems.size() - 1, items);
    return json;
}

QString JsonWriter::preview(int annotations) const
{
    return QString::fromUtf8(QJsonDocument(collection(qMax(0, annotations))).toJson(QJsonDocument::Indented));
}

bool JsonWriter::write(const QString &path, QString *error) const
{
    return saveExportFile(path, toJson(), error);
}

} // namespace FactDesk
