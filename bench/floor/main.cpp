// floor_sim: a floor of simulated agents against a WalletDesk server (or
// several behind HAProxy). docs/benchmarks.md, "A whole floor", explains
// the figures; bench/floor_run.sh runs it against one server on SQLite.
#include "Floor.h"
#include "FloorOptions.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    FloorSim::FloorOptions options;
    QString error;
    if (!FloorSim::FloorOptions::parse(app.arguments(), &options, &error)) {
        if (!error.isEmpty())
            std::fprintf(stderr, "floor_sim: %s\n", qPrintable(error));
        std::fputs(qPrintable(FloorSim::FloorOptions::usage()), error.isEmpty() ? stdout : stderr);
        return error.isEmpty() ? 0 : 2;
    }
    FloorSim::Floor floor(options);
    if (!floor.prepare(&error)) {
        std::fprintf(stderr, "floor_sim: %s\n", qPrintable(error));
        return 2;
    }
    QObject::connect(
        &floor, &FloorSim::Floor::finished, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    floor.start();
    return app.exec();
}
