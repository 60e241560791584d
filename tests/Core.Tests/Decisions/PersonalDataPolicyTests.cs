using Hitl.Core.Decisions;

namespace Hitl.Core.Tests.Decisions;

public class PersonalDataPolicyTests
{
    [Theory]
    [InlineData("email")]
    [InlineData("emailaddress1")]
    [InlineData("telephone1")]
    [InlineData("mobilephone")]
    [InlineData("firstname")]
    [InlineData("lastName")]
    [InlineData("yomifullname")]
    [InlineData("address1_line1")]
    [InlineData("address1_postalcode")]
    [InlineData("birthdate")]
    [InlineData("name")]
    [InlineData("companyName")]
    [InlineData("contact_name")]
    [InlineData("Mobile")]
    [InlineData("ssn")]
    [InlineData("passportNumber")]
    public void Identifier_keys_are_personal_data(string key)
    {
        Assert.True(PersonalDataPolicy.IsPersonalDataKey(key));
    }

    [Theory]
    [InlineData("score")]
    [InlineData("industrycode")]
    [InlineData("budgetamount")]
    [InlineData("businessNumberOfEmployees")]
    [InlineData("hasEmail")]
    [InlineData("isPhoneVerified")]
    [InlineData("leadsourcecode")]
    [InlineData("numberofemployees")]
    public void Feature_keys_are_allowed(string key)
    {
        Assert.False(PersonalDataPolicy.IsPersonalDataKey(key));
    }
}
