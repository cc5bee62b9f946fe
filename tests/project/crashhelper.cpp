// Performs a stream of review actions on a project and prints "ack N" once
// action N is committed; tst_crashsafety kills it with SIGKILL mid-stream.
#include "project/project.h"
#include "project/projectstore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace FactDesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        std::fprintf(stderr, "usage: factdesk_crashhelper PROJECT ACTIONS\n");
        return 2;
    }
    QString error;
    Project project;
    project.setEditor(QStringLiteral("crash-helper"));
    if (!project.attachStore(ProjectStore::open(arguments.at(1), &error), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    if (project.facts().isEmpty()) {
        std::fprintf(stderr, "no facts\n");
        return 1;
    }
    const int actions = arguments.at(2).toInt();
    std::printf("ready\n");
    std::fflush(stdout);
    for (int i = 0; i < actions; ++i) {
        Fact fact = project.facts().at(i % project.facts().size());
        fact.status
            = fact.status == ReviewStatus::Confirmed ? ReviewStatus::Pending : ReviewStatus::Confirmed;
        fact.note = QStringLiteral("action %1").arg(i);
        if (!project.updateFact(fact, QStringLiteral("review %1").arg(i))) {
            std::fprintf(stderr, "%s\n", qPrintable(project.lastError()));
            return 1;
        }
        std::printf("ack %d\n", i);
        std::fflush(stdout);
    }
    return 0;
}
