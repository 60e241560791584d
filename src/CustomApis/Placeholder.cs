namespace Hitl.CustomApis { }
