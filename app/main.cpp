#include "mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("FactDesk"));
    QApplication::setOrganizationName(QStringLiteral("FactDesk"));
    QApplication::setApplicationVersion(QStringLiteral(FACTDESK_VERSION));

    FactDesk::MainWindow window;
    window.show();
    return app.exec();
}
