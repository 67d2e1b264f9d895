// The engine with the bundled lexicon and default options, built once per test binary.
#ifndef TAILORCORE_TESTS_SUPPORT_ENGINE_FIXTURE_H_
#define TAILORCORE_TESTS_SUPPORT_ENGINE_FIXTURE_H_

#include "tailorcore/engine.h"

namespace tailorcore::testing {

// Fails the test if the engine cannot be created.
const Engine& BundledEngine();

// The same with "present" fixed at 2026-06-15 (EngineOptions::as_of), for results about years
// that do not change with the calendar.
const Engine& DatedEngine();

}  // namespace tailorcore::testing

#endif  // TAILORCORE_TESTS_SUPPORT_ENGINE_FIXTURE_H_
