// A service may include the domain.
#pragma once
#include "domain/WrongWay.h"
