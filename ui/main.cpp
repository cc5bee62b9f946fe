#include "languageswitcher.h"
#include "mainwindow.h"
#include "project/project.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("FactDesk"));
    QApplication::setOrganizationName(QStringLiteral("FactDesk"));
    QApplication::setApplicationVersion(QStringLiteral(FACTDESK_VERSION));

    QSettings settings;
    // Before any window (and the --help text), so that everything is in the chosen language.
    FactDesk::LanguageSwitcher languages(&settings);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Verify the figures in news articles."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"),
        QCoreApplication::translate("main",
            "A project to open (a .factdesk file, or a team project's postgresql:// URL), and article files "
            "or folders to import into it."),
        QCoreApplication::translate("main", "[files...]"));
    parser.process(app);

    FactDesk::Project project;
    FactDesk::MainWindow window(&project, &settings, &languages);
    window.show();
    window.openStartupProject(parser.positionalArguments());
    return app.exec();
}
