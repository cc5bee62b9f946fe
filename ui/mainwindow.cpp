#include "mainwindow.h"

namespace FactDesk {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("FactDesk"));
}

MainWindow::~MainWindow() = default;

} // namespace FactDesk
