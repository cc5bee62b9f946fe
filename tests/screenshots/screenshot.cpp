// factdesk-screenshot: the window as a person sees it, saved as PNG, without a display.
//
//   factdesk-screenshot [--language fr|en] [--dark] [--size 1700x950] [--keys KEYS] [--source]
//                       [--trigger ACTION [--dialog-keys KEYS]] [--layout] [--first-start]
//                       [--project FILE|URL]... [--wait MS] OUT.png
//
// It opens the bundled samples in a throwaway profile, optionally types KEYS
// (letters as the review shortcuts take them: "nnce" = next pending twice,
// confirm, correct; a newline is Return, ESC is Escape, {Ctrl+Return} a key with modifiers),
// optionally triggers the menu action whose text is
// ACTION
// ("Export…", "About FactDesk", without the & marks) and grabs the window, or
// the dialog the action opened; with --dialog-keys, those keys are typed into the dialog and the
// window is grabbed after it (an export's message in the status bar). --source shows the focused
// pane's source view after the keys. --layout prints the undo entry, the status bar's message, dock widths
// and column sizes. --project opens that project (a file, or a team project's URL) instead of the samples,
// and imports the article files given by more --project options, as `factdesk FILE...` does; --wait waits
// that long before the grab (to see what another client or a stopped server does to the window). Not a test:
// a way to look.

#include "articlepane.h"
#include "darkpalette.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "project/project.h"
#include "reviewcontroller.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QHeaderView>
#include <QPalette>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

namespace {

/// Types keys as --keys describes them into whatever has the focus.
void typeKeys(const QString &keys, QWidget *fallback)
{
    for (int i = 0; i < keys.size(); ++i) {
        const QChar key = keys.at(i);
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : fallback;
        const int close = key == QLatin1Char('{') ? int(keys.indexOf(QLatin1Char('}'), i)) : -1;
        if (close > i + 1) {
            // {Ctrl+Return}, {Ctrl+F}, {Del}: a key with its modifiers, as QKeySequence writes it.
            const QKeySequence sequence(keys.mid(i + 1, close - i - 1));
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
            const int combined = sequence.isEmpty() ? 0 : sequence[0].toCombined();
#else
            const int combined = sequence.isEmpty() ? 0 : sequence[0];
#endif
            QTest::keyClick(target, Qt::Key(combined & ~Qt::KeyboardModifierMask),
                Qt::KeyboardModifiers(combined & Qt::KeyboardModifierMask));
            QTest::qWait(50);
            i = close;
            continue;
        }
        if (key == QLatin1Char('\n'))
            QTest::keyClick(target, Qt::Key_Return);
        else if (key == QLatin1Char('\x1b'))
            QTest::keyClick(target, Qt::Key_Escape);
        else
            QTest::keyClick(target, key.toLatin1());
        QTest::qWait(50);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("FactDesk"));
    QApplication::setOrganizationName(QStringLiteral("FactDesk"));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("language"), QStringLiteral("fr or en"), QStringLiteral("language"),
        QStringLiteral("en") });
    parser.addOption({ QStringLiteral("dark"), QStringLiteral("A dark palette.") });
    parser.addOption({ QStringLiteral("size"), QStringLiteral("Window size."), QStringLiteral("WxH"),
        QStringLiteral("1700x950") });
    parser.addOption(
        { QStringLiteral("keys"), QStringLiteral("Keys typed before the grab."), QStringLiteral("keys") });
    parser.addOption({ QStringLiteral("trigger"),
        QStringLiteral("Menu action to trigger; its dialog is grabbed."), QStringLiteral("action") });
    parser.addOption({ QStringLiteral("dialog-keys"),
        QStringLiteral("Keys typed into the triggered action's dialog; the window is grabbed after."),
        QStringLiteral("keys") });
    parser.addOption({ QStringLiteral("source"), QStringLiteral("Show the focused pane's source view.") });
    parser.addOption({ QStringLiteral("layout"), QStringLiteral("Print dock widths and column sizes.") });
    parser.addOption({ QStringLiteral("project"),
        QStringLiteral("The project to open instead of the samples."), QStringLiteral("file-or-url") });
    parser.addOption({ QStringLiteral("wait"), QStringLiteral("Milliseconds to wait before the grab."),
        QStringLiteral("ms"), QStringLiteral("0") });
    parser.addOption({ QStringLiteral("first-start"),
        QStringLiteral("No editor name in the settings: grabs the dialog that asks for it.") });
    parser.addPositionalArgument(QStringLiteral("out"), QStringLiteral("The PNG to write."));
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    // A profile of its own, so the samples are fresh and the user's settings untouched.
    QTemporaryDir profile;
    qputenv("HOME", profile.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", (profile.path() + QStringLiteral("/config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", (profile.path() + QStringLiteral("/data")).toLocal8Bit());

    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (parser.isSet(QStringLiteral("dark")))
        QApplication::setPalette(FactDesk::darkPalette());

    QSettings settings;
    settings.setValue(QStringLiteral("ui/language"), parser.value(QStringLiteral("language")));
    const bool firstStart = parser.isSet(QStringLiteral("first-start"));
    if (!firstStart)
        settings.setValue(QStringLiteral("review/editor"), QStringLiteral("Camille Durand"));
    FactDesk::LanguageSwitcher languages(&settings);
    FactDesk::Project project;
    FactDesk::MainWindow window(&project, &settings, &languages);
    const QStringList size = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
    if (size.size() == 2)
        window.resize(size.at(0).toInt(), size.at(1).toInt());
    window.show();
    if (parser.isSet(QStringLiteral("project")))
        window.openStartupProject(parser.values(QStringLiteral("project")));
    else
        window.openStartupProject();

    const QString keys = parser.value(QStringLiteral("keys"));
    const QString out = parser.positionalArguments().constFirst();
    int status = 0;
    // A key that opens a modal box (a question) blocks the keys that follow:
    // the box is grabbed, and the window beside it as OUT-window.png.
    // Keys for a dialog take it past the time a stuck question would take.
    const int dialogTime = parser.isSet(QStringLiteral("dialog-keys")) ? 2500 : 0;
    QTimer::singleShot(int(2000 + 80 * keys.size() + dialogTime), &window, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        QString windowOut = out;
        windowOut.replace(QStringLiteral(".png"), QStringLiteral("-window.png"));
        const bool saved = modal->grab().save(out) && window.grab().save(windowOut);
        std::fprintf(stderr, "a modal %s was open: grabbed\n", modal->metaObject()->className());
        std::fflush(stderr);
        std::_Exit(saved ? 0 : 1);
    });
    QTimer::singleShot(300, &window, [&] {
        typeKeys(keys, &window);
        if (parser.isSet(QStringLiteral("source")) && window.focusedPane())
            window.focusedPane()->setShowingSource(true);
        QTest::qWait(300 + parser.value(QStringLiteral("wait")).toInt());
        if (parser.isSet(QStringLiteral("layout"))) {
            if (const QWidget *focus = QApplication::focusWidget())
                std::fprintf(stderr, "focus: %s %s\n", focus->metaObject()->className(),
                    qPrintable(focus->objectName()));
            std::fprintf(stderr, "undo: %s\n", qPrintable(window.reviewController()->undoAction()->text()));
            std::fprintf(stderr, "status bar: %s\n", qPrintable(window.statusBar()->currentMessage()));
            std::fprintf(stderr, "window %dx%d, minimum %dx%d\n", window.width(), window.height(),
                window.minimumSizeHint().width(), window.minimumSizeHint().height());
            for (QWidget *w : window.findChildren<QDockWidget *>())
                std::fprintf(stderr, "%s %d (minimum %d)\n", qPrintable(w->objectName()), w->width(),
                    w->minimumSizeHint().width());
            for (const FactDesk::ArticlePane *pane : window.panes()) {
                std::fprintf(
                    stderr, "pane %d (minimum %d)\n", pane->width(), pane->minimumSizeHint().width());
                if (qEnvironmentVariableIsSet("FD_DEBUG"))
                    for (QWidget *child : pane->findChildren<QWidget *>())
                        std::fprintf(stderr, "  %s %s %d\n", child->metaObject()->className(),
                            qPrintable(child->objectName()), child->minimumSizeHint().width());
            }
            if (qEnvironmentVariableIsSet("FD_DEBUG")) {
                for (QDockWidget *dock : window.findChildren<QDockWidget *>())
                    for (QWidget *child : dock->findChildren<QWidget *>())
                        std::fprintf(stderr, "  %s: %s %s %d\n", qPrintable(dock->objectName()),
                            child->metaObject()->className(), qPrintable(child->objectName()),
                            child->minimumSizeHint().width());
            }
            for (QHeaderView *h : window.findChildren<QHeaderView *>()) {
                if (h->orientation() != Qt::Horizontal)
                    continue;
                QString sizes;
                for (int i = 0; i < h->count(); ++i)
                    sizes += QString::number(h->sectionSize(i)) + QLatin1Char(' ');
                std::fprintf(stderr, "%s: %s font %d\n", qPrintable(h->parent()->objectName()),
                    qPrintable(sizes), h->fontMetrics().averageCharWidth());
            }
        }
        const QString trigger = parser.value(QStringLiteral("trigger"));
        if (firstStart) {
            QWidget *dialog = QApplication::activeModalWidget();
            if (!(dialog ? dialog : static_cast<QWidget *>(&window))->grab().save(out))
                status = 1;
            app.exit(status);
            return;
        }
        if (trigger.isEmpty()) {
            if (!window.grab().save(out)) {
                std::fprintf(stderr, "could not write %s\n", qPrintable(out));
                status = 1;
            }
            app.exit(status);
            return;
        }
        QAction *action = nullptr;
        for (QAction *each : window.findChildren<QAction *>()) {
            if (QString(each->text()).remove(QLatin1Char('&')) == trigger)
                action = each;
        }
        if (!action) {
            std::fprintf(stderr, "no action %s\n", qPrintable(trigger));
            app.exit(2);
            return;
        }
        // The dialog may run its own event loop: grab it from a timer, then close it.
        QTimer::singleShot(700, &window, [&] {
            QWidget *dialog = QApplication::activeModalWidget();
            if (!dialog) {
                for (QWidget *top : QApplication::topLevelWidgets()) {
                    if (top != &window && top->isVisible() && top->inherits("QDialog"))
                        dialog = top;
                }
            }
            const QString dialogKeys = parser.value(QStringLiteral("dialog-keys"));
            if (dialog && !dialogKeys.isEmpty()) {
                typeKeys(dialogKeys, dialog);
                QTest::qWait(1500);
                if (QWidget *still = QApplication::activeModalWidget())
                    dialog = still; // a question or a failure the keys led to
                else
                    dialog = nullptr;
            }
            if (!(dialog ? dialog : static_cast<QWidget *>(&window))->grab().save(out))
                status = 1;
            if (dialog)
                dialog->close();
            app.exit(status);
        });
        action->trigger();
    });
    return app.exec();
}
