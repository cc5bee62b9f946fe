#include "languageswitcher.h"
#include "mainwindow.h"
#include "project/project.h"

#include <QApplication>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("FactDesk"));
    QApplication::setOrganizationName(QStringLiteral("FactDesk"));
    QApplication::setApplicationVersion(QStringLiteral(FACTDESK_VERSION));

    QSettings settings;
    // Before any window, so that every widget is built in the chosen language.
    FactDesk::LanguageSwitcher languages(&settings);
    FactDesk::Project project;
    FactDesk::MainWindow window(&project, &settings, &languages);
    window.show();
    window.openStartupProject();
    return app.exec();
}
