// Guards the translation files: every message lupdate found has a finished
// French translation that keeps its placeholders, mnemonics and plural forms
// and follows French typography, and the compiled .qm embedded in the GUI
// says exactly what the .ts says.

#include <QFile>
#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

static void initTranslationResources()
{
    Q_INIT_RESOURCE(factdesk_translations);
}

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; ///< "", "unfinished", "obsolete", "vanished"
    QStringList forms; ///< one translation, or the numerus forms
};

QString translationsDirectory()
{
    return QStringLiteral(FACTDESK_TEST_DATA "/../../translations");
}

QVector<TsMessage> readTs(const QString &path, QString *error)
{
    QVector<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = TsMessage();
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                message.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.forms.append(xml.readElementText());
            } else if (name == QLatin1String("numerusform")) {
                message.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:L?[1-9]|n)"));
    QStringList found;
    auto it = pattern.globalMatch(text);
    while (it.hasNext())
        found.append(it.next().captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

bool hasMnemonic(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("(?<!&)&(?!&)[^ ;]"));
    // "&amp;" never reaches here: the XML reader decoded it.
    return pattern.match(QString(text).remove(QStringLiteral("&&"))).hasMatch();
}

QString rowName(const TsMessage &message)
{
    return message.context.mid(message.context.lastIndexOf(QLatin1Char(':')) + 1) + QLatin1String(": ")
        + message.source.left(60)
        + (message.comment.isEmpty() ? QString() : QLatin1String(" / ") + message.comment);
}

} // namespace

Q_DECLARE_METATYPE(TsMessage)

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void frenchMessage_data();
    void frenchMessage();
    void englishMessage_data();
    void englishMessage();
    void knownStrings_data();
    void knownStrings();

private:
    void addRows(const QVector<TsMessage> &messages);
    QVector<TsMessage> m_french;
    QVector<TsMessage> m_english;
    QTranslator m_frenchQm;
};

void TestTranslations::initTestCase()
{
    initTranslationResources();
    QString error;
    m_french = readTs(translationsDirectory() + QLatin1String("/factdesk_fr.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_english = readTs(translationsDirectory() + QLatin1String("/factdesk_en.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!m_french.isEmpty(), "factdesk_fr.ts lists no message: run the factdesk_lupdate target");
    QCOMPARE(m_english.size(), m_french.size());
    QVERIFY(m_frenchQm.load(QStringLiteral(":/i18n/factdesk_fr.qm")));
}

void TestTranslations::addRows(const QVector<TsMessage> &messages)
{
    QTest::addColumn<TsMessage>("message");
    QHash<QString, int> seen;
    for (const TsMessage &message : messages) {
        QString name = rowName(message);
        if (const int count = seen[name]++)
            name += QStringLiteral(" #%1").arg(count + 1);
        QTest::newRow(qPrintable(name)) << message;
    }
}

void TestTranslations::frenchMessage_data()
{
    addRows(m_french);
}

void TestTranslations::frenchMessage()
{
    QFETCH(TsMessage, message);

    QVERIFY2(message.type.isEmpty(), qPrintable(QStringLiteral("translation is %1").arg(message.type)));
    // French has two plural forms: 0 and 1 take the singular.
    QCOMPARE(message.forms.size(), message.numerus ? 2 : 1);
    const QStringList sourcePlaceholders = placeholders(message.source);
    for (const QString &form : message.forms) {
        QVERIFY2(!form.trimmed().isEmpty(), "empty translation");
        QCOMPARE(placeholders(form), sourcePlaceholders);
        QCOMPARE(hasMnemonic(form), hasMnemonic(message.source));
        // Typography: a no-break space (U+00A0 or U+202F) before : ; ? ! %, never a plain one.
        static const QRegularExpression plainSpaceBeforePunctuation(
            QStringLiteral(" (?:[:;?!»]|%(?![1-9nL]))|« "));
        const auto match = plainSpaceBeforePunctuation.match(form);
        QVERIFY2(!match.hasMatch(),
            qPrintable(QStringLiteral("plain space in “%1” of “%2”").arg(match.captured(), form)));
        static const QRegularExpression straightQuotes(QStringLiteral("\"[^\"]*\""));
        if (!straightQuotes.match(message.source).hasMatch())
            QVERIFY2(!straightQuotes.match(form).hasMatch(), "use « » quotes in French");
    }

    // The compiled catalogue says the same as the .ts.
    const QByteArray context = message.context.toUtf8();
    const QByteArray source = message.source.toUtf8();
    const QByteArray comment = message.comment.toUtf8();
    if (message.numerus) {
        QCOMPARE(m_frenchQm.translate(context.constData(), source.constData(),
                     comment.isEmpty() ? nullptr : comment.constData(), 1),
            message.forms.at(0));
        QCOMPARE(m_frenchQm.translate(context.constData(), source.constData(),
                     comment.isEmpty() ? nullptr : comment.constData(), 5),
            message.forms.at(1));
    } else {
        QCOMPARE(m_frenchQm.translate(context.constData(), source.constData(),
                     comment.isEmpty() ? nullptr : comment.constData()),
            message.forms.at(0));
    }
}

void TestTranslations::englishMessage_data()
{
    addRows(m_english);
}

void TestTranslations::englishMessage()
{
    QFETCH(TsMessage, message);

    QVERIFY2(message.type.isEmpty(), qPrintable(QStringLiteral("translation is %1").arg(message.type)));
    if (!message.numerus)
        return; // the source is English; an empty translation falls back to it
    QCOMPARE(message.forms.size(), 2);
    for (const QString &form : message.forms) {
        QVERIFY2(!form.isEmpty(), "English plural forms are written out");
        QVERIFY2(!form.contains(QLatin1String("(s)")), "write the singular and the plural, not “(s)”");
        QCOMPARE(placeholders(form), placeholders(message.source));
    }
}

void TestTranslations::knownStrings_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("comment");
    QTest::addColumn<QString>("french");

    QTest::newRow("recent menu") << QStringLiteral("FactDesk::ProjectFileController")
                                 << QStringLiteral("Open &Recent") << QString()
                                 << QStringLiteral("Ouvrir un projet &récent");
    QTest::newRow("System language") << QStringLiteral("FactDesk::LanguageSwitcher")
                                     << QStringLiteral("System")
                                     << QStringLiteral("interface language that follows the system")
                                     << QStringLiteral("Système");
    QTest::newRow("title label") << QStringLiteral("FactDesk::ArticleMetadataDialog")
                                 << QStringLiteral("&Title:") << QString() << QStringLiteral("&Titre\u00A0:");
    QTest::newRow("export format") << QStringLiteral("FactDesk::ExportDialog") << QStringLiteral("&Format:")
                                   << QString() << QStringLiteral("&Format\u00A0:");
}

void TestTranslations::knownStrings()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, comment);
    QFETCH(QString, french);

    const QByteArray c = context.toUtf8();
    const QByteArray s = source.toUtf8();
    const QByteArray k = comment.toUtf8();
    QCOMPARE(m_frenchQm.translate(c.constData(), s.constData(), comment.isEmpty() ? nullptr : k.constData()),
        french);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
