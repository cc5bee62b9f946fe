#include "jsonwriter.h"

#include "measurerows.h"
#include "project/project.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>

namespace FactDesk {

namespace {

// Annotations written between two progress reports (and two writes to the device).
constexpr int annotationsPerChunk = 500;

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
        { QStringLiteral("factdesk:asOf"), ExportRows::asOf(fact, article) },
        { QStringLiteral("factdesk:status"), toString(fact.status) },
        { QStringLiteral("factdesk:finalKind"), toString(fact.finalKind()) },
        { QStringLiteral("factdesk:finalValue"), fact.finalValue() },
        { QStringLiteral("factdesk:finalUnit"), fact.finalUnit() },
        { QStringLiteral("factdesk:origin"), toString(fact.origin) },
        { QStringLiteral("factdesk:context"), row.context },
    };
    if (fact.figure.range != RangeRole::None)
        figure.insert(QStringLiteral("factdesk:range"), toString(fact.figure.range));
    // The story ledger: the measure the figure states, what it disagrees with, its failed arithmetic.
    figure.insert(QStringLiteral("factdesk:measureId"), row.measureId ? QJsonValue(row.measureId) : QJsonValue());
    figure.insert(QStringLiteral("factdesk:measure"), row.measureId ? QJsonValue(row.measure) : QJsonValue());
    QJsonArray conflicts;
    for (const auto &conflict : row.openConflicts)
        conflicts.append(QJsonObject { { QStringLiteral("factId"), conflict.first },
            { QStringLiteral("label"), toString(conflict.second) } });
    figure.insert(QStringLiteral("factdesk:openConflicts"), conflicts);
    QJsonArray checks;
    for (const ArithmeticCheck &check : row.failedChecks) {
        QJsonArray ids;
        for (qint64 id : check.factIds)
            ids.append(id);
        checks.append(QJsonObject { { QStringLiteral("rule"), toString(check.rule) },
            { QStringLiteral("facts"), ids }, { QStringLiteral("computed"), check.computed },
            { QStringLiteral("stated"), check.stated }, { QStringLiteral("unit"), check.unit } });
    }
    figure.insert(QStringLiteral("factdesk:failedChecks"), checks);
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
                    { QStringLiteral("prefix"), fact.prefix() },
                    { QStringLiteral("suffix"), fact.suffix() },
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

void JsonWriter::setStoryLedger(const StoryLedger *ledger)
{
    m_ledger = ledger;
    m_rows.reset();
}

void JsonWriter::setMeasures(bool measures)
{
    m_measures = measures;
}

QJsonObject JsonWriter::measures(int maxRows) const
{
    const MeasureRows table(m_project, m_ledger);
    const QStringList keys = MeasureRows::columnNames();
    QJsonArray items;
    const int count = maxRows < 0 ? table.count() : qMin(maxRows, table.count());
    for (int i = 0; i < count; ++i) {
        const MeasureRow &row = table.at(i);
        QJsonArray ids;
        for (qint64 id : row.factIds)
            ids.append(id);
        const QJsonValue values[] = {
            row.measureId,
            row.measure,
            toString(row.kind),
            row.unit,
            row.accepted,
            row.articleId,
            row.articleTitle,
            row.language,
            row.date.isValid() ? QJsonValue(row.date.toString(Qt::ISODate)) : QJsonValue(),
            QJsonArray::fromStringList(row.asOf),
            ids,
            QJsonArray::fromStringList(row.values),
            QJsonArray::fromStringList(row.labels),
            row.openConflicts,
            QJsonArray::fromStringList(row.verdicts),
        };
        QJsonObject item;
        for (int key = 0; key < keys.size(); ++key)
            item.insert(keys.at(key), values[key]);
        items.append(item);
    }
    return QJsonObject { { QStringLiteral("measures"), items } };
}

const ExportRows &JsonWriter::rows() const
{
    if (!m_rows)
        m_rows = std::make_unique<ExportRows>(m_project, m_allFacts, m_ledger);
    return *m_rows;
}

int JsonWriter::annotationCount() const
{
    return m_measures ? MeasureRows(m_project, m_ledger).count() : rows().count();
}

QJsonObject JsonWriter::collection(int maxAnnotations) const
{
    const int total = rows().count();
    const int count = maxAnnotations < 0 ? total : qMin(maxAnnotations, total);
    QJsonArray items;
    for (int i = 0; i < count; ++i)
        items.append(annotation(rows().at(i)));
    return QJsonObject {
        { QStringLiteral("@context"),
            QJsonArray { QStringLiteral("http://www.w3.org/ns/anno.jsonld"),
                QJsonObject {
                    { QStringLiteral("factdesk"), QStringLiteral("urn:factdesk:vocabulary#") } } } },
        { QStringLiteral("type"), QStringLiteral("AnnotationCollection") },
        { QStringLiteral("label"),
            m_allFacts ? QStringLiteral("FactDesk facts") : QStringLiteral("FactDesk verified facts") },
        { QStringLiteral("total"), total },
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
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeTo(&buffer, nullptr);
    return buffer.data();
}

bool JsonWriter::writeTo(QIODevice *device, QString *error, const ExportProgress &progress) const
{
    auto failed = [&](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    if (m_measures) {
        // One table of a row per measure and article: small beside the facts.
        const QByteArray json = QJsonDocument(measures(-1)).toJson(QJsonDocument::Compact) + '\n';
        if (device->write(json) != json.size())
            return failed(device->errorString());
        return !progress || progress(1, 1) || failed(exportCancelledReason());
    }
    // Compact: indentation triples the size of a large export; preview() indents.
    // Each annotation is serialised on its own and written between the halves
    // of the collection around its empty "items": one QJsonArray of 300,000
    // objects costs several times more to build than the text it gives, and
    // would be held whole in memory.
    const QByteArray json = QJsonDocument(collection(0)).toJson(QJsonDocument::Compact);
    const QByteArray emptyItems = "\"items\":[]";
    const int at = int(json.indexOf(emptyItems));
    Q_ASSERT(at >= 0);
    const int split = at + int(emptyItems.size()) - 1;
    QByteArray bytes = json.left(split);
    const int total = rows().count();
    for (int i = 0; i <= total; ++i) {
        if (i == total || (i > 0 && i % annotationsPerChunk == 0)) {
            if (i == total)
                bytes += json.mid(split);
            if (device->write(bytes) != bytes.size())
                return failed(device->errorString());
            bytes.clear();
            if (progress && !progress(i, total))
                return failed(exportCancelledReason());
        }
        if (i < total) {
            if (i > 0)
                bytes += ',';
            bytes += QJsonDocument(annotation(rows().at(i))).toJson(QJsonDocument::Compact);
        }
    }
    return true;
}

QString JsonWriter::quoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out.append(QLatin1Char('"'));
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out.append(QLatin1String("\\\""));
            break;
        case '\\':
            out.append(QLatin1String("\\\\"));
            break;
        case '\n':
            out.append(QLatin1String("\\n"));
            break;
        case '\r':
            out.append(QLatin1String("\\r"));
            break;
        case '\t':
            out.append(QLatin1String("\\t"));
            break;
        case '\b':
            out.append(QLatin1String("\\b"));
            break;
        case '\f':
            out.append(QLatin1String("\\f"));
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x2028 || c.unicode() == 0x2029)
                out.append(QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
            else
                out.append(c);
        }
    }
    out.append(QLatin1Char('"'));
    return out;
}

QString JsonWriter::preview(int annotations) const
{
    if (m_measures)
        return QString::fromUtf8(QJsonDocument(measures(qMax(0, annotations))).toJson(QJsonDocument::Indented));
    return QString::fromUtf8(QJsonDocument(collection(qMax(0, annotations))).toJson(QJsonDocument::Indented));
}

bool JsonWriter::write(const QString &path, QString *error, const ExportProgress &progress) const
{
    return saveExportFile(
        path, [&](QIODevice *device, QString *reason) { return writeTo(device, reason, progress); }, error);
}

} // namespace FactDesk
