#pragma once

#include "story/storyledger.h"

#include <memory>

namespace FactDesk {

/**
 * The ledger an export reads its story columns from: the one given (the
 * window's, up to date), else one built now from the project and kept in own.
 */
inline const StoryLedger *exportLedger(
    const Project &project, const StoryLedger *given, std::unique_ptr<StoryLedger> *own)
{
    if (given)
        return given;
    *own = std::make_unique<StoryLedger>(&project);
    (*own)->refresh();
    return own->get();
}

} // namespace FactDesk
