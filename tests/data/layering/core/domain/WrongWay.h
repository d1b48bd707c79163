// A domain type that reaches up into the services: the layering check must refuse it.
#pragma once
#include "services/Workspace.h"
